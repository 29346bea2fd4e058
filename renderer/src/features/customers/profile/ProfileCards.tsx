import { Badge, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { CustomerDetail } from '@shared/api/customers';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { EmailLink, WebsiteLink } from './ExternalLinks';

export function Card({ title, children, testId }: { title: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="md" h="100%" data-testid={testId}>
      <Title order={4} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** One labelled fact; an empty value reads "Not recorded" so a gap is visible, not hidden. */
function Fact({ label, value, children, multiline }: { label: string; value?: string | null; children?: ReactNode; multiline?: boolean }) {
  const { t } = useTranslation('customerProfile');
  const empty = children === undefined && (value === null || value === undefined || value === '');
  return (
    <DataList.Item>
      <DataList.ItemLabel>
        <Text size="sm" c="dimmed">
          {label}
        </Text>
      </DataList.ItemLabel>
      <DataList.ItemValue style={{ minWidth: 0 }}>
        {empty ? (
          <Text size="sm" c="dimmed" fs="italic">
            {t('detail.notSet')}
          </Text>
        ) : (
          <Text component="div" size="sm" style={{ whiteSpace: multiline ? 'pre-wrap' : undefined, overflowWrap: 'anywhere' }}>
            {children ?? value}
          </Text>
        )}
      </DataList.ItemValue>
    </DataList.Item>
  );
}

const listProps = { size: 'sm', gap: 'xs', labelWidth: 128 } as const;

export function CompanyCard({ c }: { c: CustomerDetail }) {
  const { t } = useTranslation('customerProfile');
  return (
    <Card title={t('sections.company')} testId="card-company">
      <DataList {...listProps}>
        <Fact label={t('fields.legalName')} value={c.legalName} />
        <Fact label={t('fields.industry')} value={c.industry} />
        <Fact label={t('fields.mainBusiness')} value={c.mainBusiness} multiline />
        <Fact label={t('fields.products')} value={c.products} multiline />
        <Fact label={t('fields.sizeBand')} value={c.sizeBand && t(`common:sizeBands.${c.sizeBand}`)} />
        <Fact label={t('fields.scaleNotes')} value={c.scaleNotes} multiline />
      </DataList>
    </Card>
  );
}

export function LocationReachCard({ c }: { c: CustomerDetail }) {
  const { t } = useTranslation('customerProfile');
  return (
    <Card title={`${t('sections.location')} · ${t('sections.reach')}`} testId="card-location">
      <DataList {...listProps}>
        <Fact label={t('fields.country')} value={c.country} />
        <Fact label={t('fields.region')} value={c.region} />
        <Fact label={t('fields.city')} value={c.city} />
        <Fact label={t('fields.address')} value={c.address} />
        <Fact label={t('fields.website')}>{c.website ? <WebsiteLink value={c.website} /> : undefined}</Fact>
        <Fact label={t('fields.phone')} value={c.phone} />
        <Fact label={t('fields.email')}>{c.email ? <EmailLink value={c.email} /> : undefined}</Fact>
      </DataList>
    </Card>
  );
}

export function SourceTagsCard({ c }: { c: CustomerDetail }) {
  const { t } = useTranslation('customerProfile');
  return (
    <Card title={t('sections.sourceTags')} testId="card-source">
      <DataList {...listProps}>
        <Fact label={t('fields.source')} value={c.source && t(`common:sources.${c.source}`)} />
        <Fact label={t('fields.tags')}>
          {c.tags.length ? (
            <Group gap={4}>
              {c.tags.map((tag) => (
                <Badge key={tag} variant="light" color="gray" tt="none">
                  {tag}
                </Badge>
              ))}
            </Group>
          ) : undefined}
        </Fact>
        <Fact label={t('fields.notes')} value={c.notes} multiline />
      </DataList>
    </Card>
  );
}

export function RecordCard({ c }: { c: CustomerDetail }) {
  const { t } = useTranslation('customerProfile');
  const fmt = useFormat();
  return (
    <Card title={t('sections.record')} testId="card-record">
      <Stack gap={4}>
        <DataList {...listProps}>
          <Fact label={t('detail.created')} value={fmt.dateTime(c.createdAt)} />
          <Fact label={t('detail.updated')} value={fmt.dateTime(c.updatedAt)} />
          <Fact label={t('detail.version')} value={String(c.version)} />
        </DataList>
      </Stack>
    </Card>
  );
}
