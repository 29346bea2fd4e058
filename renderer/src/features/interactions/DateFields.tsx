import { DateInput, TimePicker } from '@mantine/dates';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';

// Date and time fields in the app's language (a native date input follows the browser's
// language instead). Dates are typed or picked as YYYY-MM-DD — unambiguous in both languages.

const dayjsLocale = (lang: string) => (lang.startsWith('zh') ? 'zh-cn' : 'en');

export function DateField({
  label,
  value,
  onChange,
  error,
  required,
  clearable,
  autoFocus,
  description,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  required?: boolean;
  clearable?: boolean;
  autoFocus?: boolean;
  description?: string;
}) {
  const { i18n } = useTranslation();
  return (
    <DateInput
      label={label}
      description={description}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      valueFormat="YYYY-MM-DD"
      placeholder="YYYY-MM-DD"
      locale={dayjsLocale(i18n.language)}
      firstDayOfWeek={1}
      clearable={clearable}
      required={required}
      error={error}
      data-autofocus={autoFocus || undefined}
      popoverProps={{ withinPortal: true }}
    />
  );
}

/** A moment edited as local 'YYYY-MM-DDTHH:mm': a date field and a 24-hour time field. */
export function DateTimeFields({ label, value, onChange, error }: { label: string; value: string; onChange: (v: string) => void; error?: string }) {
  const { t } = useTranslation('interactions');
  const date = value.slice(0, 10);
  const time = value.slice(11, 16);
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '1fr 96px', gap: 8, alignItems: 'start' }}>
      <DateField label={label} value={date} onChange={(d) => onChange(`${d}T${time || '00:00'}`)} error={error} required />
      <TimePicker
        label={t('log.time')}
        format="24h"
        value={time}
        onChange={(v) => onChange(`${date}T${v.slice(0, 5) || '00:00'}`)}
        hoursInputLabel={t('log.hours')}
        minutesInputLabel={t('log.minutes')}
      />
    </div>
  );
}
