import { Anchor } from '@mantine/core';
import { EMAIL_RE, isWebsite } from '@shared/domain/validation';

// Links out of the app open in a new window (target _blank), which the Electron shell hands
// to the system browser; hrefs are only built from values that pass the shared validators,
// so stored text can never become a javascript: or file: link.

export function WebsiteLink({ value }: { value: string }) {
  if (!isWebsite(value)) return <>{value}</>;
  const href = /^https?:\/\//i.test(value) ? value : `http://${value}`;
  return (
    <Anchor href={href} target="_blank" rel="noreferrer" size="sm">
      {value}
    </Anchor>
  );
}

export function EmailLink({ value }: { value: string }) {
  if (!EMAIL_RE.test(value)) return <>{value}</>;
  return (
    <Anchor href={`mailto:${value}`} target="_blank" rel="noreferrer" size="sm">
      {value}
    </Anchor>
  );
}
