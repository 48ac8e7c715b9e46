import { Grid, Table, type TableProps } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { ReactNode } from 'react';

/** A column of a ResponsiveTable: a plain title (it labels the value on a phone) and a key. */
export type ResponsiveColumn<T> = Omit<ColumnType<T>, 'title' | 'key' | 'render' | 'dataIndex'> & {
  title: ReactNode;
  key: string;
  render: (record: T, index: number) => ReactNode;
};

/**
 * The app's one way to show a table with more columns than a phone holds. On a wide screen the
 * columns are side by side and their cells wrap; on a phone each row is one cell that leads with the
 * first column and lists the others as "title: value". Neither scrolls sideways: a sideways-scrolling
 * box is out of a keyboard's reach (WCAG 2.1.1) and of a thumb's reading (1.4.10).
 */
export function ResponsiveTable<T extends object>({
  columns,
  pagination,
  ...props
}: Omit<TableProps<T>, 'columns' | 'scroll'> & { columns: ResponsiveColumn<T>[] }) {
  const wide = Grid.useBreakpoint().md ?? true;
  if (wide) {
    return (
      <Table<T>
        {...props}
        pagination={pagination}
        columns={columns.map(({ render, ...column }) => ({
          ...column,
          render: (_: unknown, record: T, index: number) => render(record, index),
        }))}
      />
    );
  }
  const [lead, ...rest] = columns;
  return (
    <Table<T>
      {...props}
      pagination={pagination && { ...pagination, simple: true }}
      columns={[
        {
          key: lead.key,
          title: lead.title,
          render: (_, record, index) => (
            <>
              <div>{lead.render(record, index)}</div>
              <dl className="tkh-stacked">
                {rest.map((column) => {
                  const value = column.render(record, index);
                  // a column with nothing for this row (no choice to make, no action) is left out
                  if (value === null || value === undefined || value === false || value === '') return null;
                  return (
                    <div key={column.key}>
                      <dt>{column.title}</dt>
                      <dd>{value}</dd>
                    </div>
                  );
                })}
              </dl>
            </>
          ),
        },
      ]}
    />
  );
}
