import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/client';

/** A failed call, as the user reads it: what happened, the field problems, the id to quote. */
export function ProblemAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = error instanceof ApiProblem ? error : ApiProblem.network();
  const fields = Object.values(problem.fieldErrors);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={problem.title}
      description={
        <>
          {problem.detail && <p>{problem.detail}</p>}
          {fields.length > 0 && (
            <ul>
              {fields.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
          {problem.requestId && <small>{t('problem.requestId', { id: problem.requestId })}</small>}
        </>
      }
      action={
        onRetry ? (
          <Button type="link" size="small" onClick={onRetry}>
            {t('problem.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
