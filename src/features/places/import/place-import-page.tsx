// /places/import: a province's or a commune's own spreadsheet of places (CSV or XLSX) in four
// steps: the file, the columns, the preview, the result. Nothing is written before the preview's
// "Nhập", and then all lines or none.
import { useEffect, useRef } from 'react';
import { useI18n } from '@/i18n/i18n';
import { useScope, type Scope } from '@/queries/units';
import { EmptyState, Loading, PageHeader } from '@/ui/components';
import { LinkButton } from '@/ui/page-components';
import { DoneStep } from './done-step';
import { FileStep } from './file-step';
import { MappingStep } from './mapping-step';
import { PreviewStep } from './preview-step';
import { usePlaceImport, type ImportStep } from './use-place-import';
import './place-import.css';

const STEPS: readonly ImportStep[] = ['file', 'map', 'preview', 'done'];

export default function PlaceImportPage() {
  const { t } = useI18n();
  const { scope } = useScope();
  const header = (
    <PageHeader
      title={t('placeImport.title')}
      description={t('placeImport.description')}
      actions={<LinkButton to="/places" label={t('placeImport.backToPlaces')} />}
    />
  );
  if (!scope) return <Loading label={t('common.loading')} />;
  if (scope.units.length === 0) {
    return (
      <>
        {header}
        <EmptyState
          title={t('placeImport.noUnits.title')}
          action={<LinkButton to="/units" label={t('placeImport.noUnits.action')} primary />}
        >
          {t('placeImport.noUnits.text')}
        </EmptyState>
      </>
    );
  }
  return (
    <>
      {header}
      <ImportSteps scope={scope} />
    </>
  );
}

function ImportSteps({ scope }: { scope: Scope }) {
  const { t } = useI18n();
  const state = usePlaceImport(scope, t);
  const { step } = state;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  // Each new step takes the focus to its heading, so that a keyboard or screen reader user
  // continues from the top of what changed (not on the first draw: the page's own heading leads).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const number = STEPS.indexOf(step) + 1;
  return (
    <section className="card place-import" aria-labelledby="place-import-step">
      <ol className="place-import__steps" aria-label={t('placeImport.steps')}>
        {STEPS.map((each, index) => (
          <li
            key={each}
            aria-current={each === step ? 'step' : undefined}
            className={index < number - 1 ? 'place-import__step--past' : undefined}
          >
            {t(`placeImport.step.${each}`)}
          </li>
        ))}
      </ol>
      <h2 id="place-import-step" ref={headingRef} tabIndex={-1}>
        {t('placeImport.stepOf', { number, name: t(`placeImport.step.${step}`) })}
      </h2>
      {step === 'file' ? <FileStep state={state} /> : null}
      {step === 'map' && state.book && state.choice ? (
        <MappingStep state={state} scope={scope} />
      ) : null}
      {step === 'preview' ? <PreviewStep state={state} scope={scope} /> : null}
      {step === 'done' ? <DoneStep state={state} /> : null}
    </section>
  );
}
