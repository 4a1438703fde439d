/** The "Import data" button and the dialog it opens; hands accepted imports to the caller. */
import { lazy, Suspense, useMemo, useState } from 'react';
import type { AtlasData } from '../../data/loadAtlas';
import { useI18n } from '../../i18n/I18nContext';
import type { ImportedLayer } from './imported';

// The dialog, its readers and papaparse load when the button is pressed, not before the first frame.
const ImportDialog = lazy(() =>
  import('./ImportDialog').then((m) => ({ default: m.ImportDialog })),
);

export function ImportButton({
  data,
  count,
  onAccept,
}: {
  data: AtlasData;
  /** Imports accepted so far (makes each key unique in the session). */
  count: number;
  onAccept: (layer: ImportedLayer) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const targets = useMemo(
    () => ({ ubigeos: data.districts.list.map((d) => d.ubigeo), shapes: data.districtShapes }),
    [data],
  );
  return (
    <>
      <button type="button" className="import-open" onClick={() => setOpen(true)}>
        {t('import.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ImportDialog
            targets={targets}
            nextKey={`import-${count + 1}`}
            onAccept={onAccept}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
