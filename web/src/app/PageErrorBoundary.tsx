import { Button, Typography } from 'antd';
import { Component, type ReactNode } from 'react';
import i18n from '../i18n';

/** A page that fails to render (or whose code fails to load after a deployment) offers a reload. */
export class PageErrorBoundary extends Component<
  { children: ReactNode; resetKey: string },
  { failed: boolean }
> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidUpdate(previous: { resetKey: string }): void {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert">
        <Typography.Title level={1}>{i18n.t('problem.pageFailed')}</Typography.Title>
        <Button type="primary" onClick={() => window.location.reload()}>
          {i18n.t('problem.retry')}
        </Button>
      </div>
    );
  }
}
