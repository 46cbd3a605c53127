import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate } from '@/i18n/i18n';
import { forgetFailedPages, isModuleLoadFailure } from '@/ui/retry-import';

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
    if (isModuleLoadFailure(error)) forgetFailedPages();
    console.error(error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      const language = document.documentElement.lang === 'en' ? 'en' : 'vi';
      if (isModuleLoadFailure(this.state.error)) {
        // The page's code could not be fetched (tried three times): what was saved is safe, and
        // a reload fetches it again (from the offline copy once the app is installed).
        return (
          <div className="alert alert--error" role="alert">
            <p>{translate(language, 'common.pageLoadFailed')}</p>
            <button type="button" className="button" onClick={() => window.location.reload()}>
              {translate(language, 'common.reloadPage')}
            </button>
          </div>
        );
      }
      return (
        <div className="alert alert--error" role="alert">
          {translate(language, 'common.error', { message: this.state.error.message })}
        </div>
      );
    }
    return this.props.children;
  }
}
