import { Paper, Text, Textarea } from '@mantine/core';
import { IconClipboardText } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadCapture } from './useLeadCapture';

/**
 * A big target for a pasted contact (a vCard from a phone, a badge QR code's text). Pasting
 * into any field works too (CapturePage reads every paste); text typed here that holds no
 * contact is kept and said so.
 */
export function PasteArea({ lead }: { lead: LeadCapture }) {
  const { t } = useTranslation('capture');
  const [text, setText] = useState('');
  const notice = lead.paste;
  return (
    <Paper withBorder radius="md" p="md" style={{ borderStyle: 'dashed' }}>
      <Textarea
        size="md"
        label={t('paste.label')}
        leftSection={<IconClipboardText size={20} />}
        leftSectionProps={{ style: { alignItems: 'flex-start', paddingTop: 10 } }}
        placeholder={t('paste.placeholder')}
        minRows={3}
        autosize
        maxRows={6}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        data-paste-area
        data-testid="paste-area"
      />
      {notice && notice.format && (
        <Text size="sm" c="teal.8" mt={6} data-testid="paste-notice">
          {t('paste.filled', {
            format: t(`paste.formats.${notice.format}`),
            fields: notice.fields.map((f) => t(`fields.${f}`)).join(', '),
          })}
        </Text>
      )}
      {text.trim() !== '' && (
        <Text size="sm" c="orange.8" mt={6}>
          {t('paste.nothing')}
        </Text>
      )}
    </Paper>
  );
}
