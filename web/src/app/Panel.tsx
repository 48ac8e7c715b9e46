import { theme } from 'antd';
import type { HTMLAttributes } from 'react';

/**
 * A bordered box drawn like Ant Design's Card, for the landing and search pages: Card brings Tabs,
 * and with them Dropdown and Menu (≈18 KB gzip) that a box of text never uses.
 */
export function Panel({
  size = 'default',
  style,
  ...props
}: HTMLAttributes<HTMLDivElement> & { size?: 'default' | 'small' }) {
  const { token } = theme.useToken();
  return (
    <div
      {...props}
      style={{
        background: token.colorBgContainer,
        border: `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        padding: size === 'small' ? token.paddingSM : token.paddingLG,
        ...style,
      }}
    />
  );
}
