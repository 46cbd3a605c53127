// /rules: the table of the rule sets the app counts deadlines and age limits by (rule-sets.ts),
// each with its documents and the day from which it applies, so that a province can see which
// regulation a deadline on a person's page was counted by, and check the figures against it.
import { localIsoDate } from '@/domain/dates';
import { RULE_SETS, type RuleSet } from '@/domain/rule-sets';
import { useI18n } from '@/i18n/i18n';
import { Badge, PageHeader, ScrollRegion } from '@/ui/components';
import { TableHead } from '@/ui/page-components';
import './rules.css';

const LIMITS = [
  'decisionWorkingDays',
  'ceremonyWorkingDays',
  'probationMonths',
  'officialReviewWorkingDays',
  'certificateValidityMonths',
] as const satisfies readonly (keyof RuleSet)[];

export default function RulesPage() {
  const { t, date, number } = useI18n();
  // Newest first: the rules in force now lead.
  const sets = [...RULE_SETS].reverse();
  const today = localIsoDate();
  const current = RULE_SETS.filter((set) => set.inForceFrom <= today).pop();
  return (
    <>
      <PageHeader title={t('rules.title')} description={t('rules.description')} />
      <section className="card" aria-labelledby="rules-table-title">
        <h2 id="rules-table-title">{t('rules.table.title')}</h2>
        <ScrollRegion label={t('rules.table.title')}>
          <table className="table rules-table">
            <TableHead
              columns={[
                t('rules.column.set'),
                t('rules.column.inForceFrom'),
                ...LIMITS.map((limit) => ({ label: t(`rules.column.${limit}`), num: true })),
                t('rules.column.age'),
              ]}
            />
            <tbody>
              {sets.map((set) => (
                <tr key={set.id} aria-current={set === current ? 'true' : undefined}>
                  <th scope="row">
                    <span className="rules-table__documents">
                      {set.documents.map((document) => (
                        <span key={document.number}>
                          {t(`rules.document.${document.kind}`, {
                            number: document.number,
                            date: date(document.signedOn),
                          })}
                        </span>
                      ))}
                    </span>
                    {set === current ? <Badge tone="ok">{t('rules.current')}</Badge> : null}
                  </th>
                  <td>{date(set.inForceFrom)}</td>
                  {LIMITS.map((limit) => (
                    <td key={limit} className="num">
                      {number(set[limit])}
                    </td>
                  ))}
                  <td>
                    {t('rules.age', {
                      min: number(set.minAgeMonths / 12),
                      max: number(set.maxAgeMonths / 12),
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <p className="muted">{t('rules.howCounted')}</p>
        <p className="muted">{t('rules.beforeTable', { rule: RULE_SETS[0]?.id ?? '' })}</p>
      </section>
    </>
  );
}
