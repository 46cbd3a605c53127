import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate } from '@/i18n/i18n';

interface State {
  error: Error | null;
}

/** Shows a failure in one screen as a message, keeping the shell (and the way home) usable. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      const language = document.documentElement.lang === 'en' ? 'en' : 'vi';
      return (
        <div className="alert alert--error" role="alert">
          {translate(language, 'common.error', { message: this.state.error.message })}
        </div>
      );
    }
    return this.props.children;
  }
}
