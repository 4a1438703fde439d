import { describe, expect, it } from 'vitest';
import {
  shortOfTranscribed,
  TranscribedSources,
  transcribedSourceId,
} from '../../scripts/lib/series/sources';

describe('transcribed sources of series.json', () => {
  it('a monitoring report is cited by its body; other outlets as named', () => {
    expect(
      shortOfTranscribed('DEVIDA Monitoreo de Cultivos de Coca 2022 and 2024 zone tables'),
    ).toBe('DEVIDA');
    expect(shortOfTranscribed('UNODC Perú Monitoreo de Cultivos de Coca 2015')).toBe('UNODC Perú');
    expect(shortOfTranscribed('El Deber (AFP)')).toBe('El Deber (AFP)');
    // No English words on a Spanish slide: the kind of item and the edition are left out.
    expect(shortOfTranscribed('UNODC press release 21 Dec 2018')).toBe('UNODC');
    expect(shortOfTranscribed('Andina (English)')).toBe('Andina');
    expect(shortOfTranscribed('Inforegión (archive)')).toBe('Inforegión');
  });

  it('a ref carries a short citation only where it differs from the publisher', () => {
    const sources = new TranscribedSources();
    const devida = sources.cite(
      'DEVIDA Monitoreo de Cultivos de Coca 2022 and 2024 zone tables, table 3',
      'a.csv',
      2024,
    );
    const andina = sources.cite('Andina (English), 2015-07-08', 'b.csv', 2014);
    const correo = sources.cite('Diario Correo, 2016-02-01', 'c.csv', 2015);
    const refs = new Map(sources.refs().map((r) => [r.id, r]));
    expect(refs.get(devida)?.short).toBe('DEVIDA');
    expect(refs.get(devida)?.publisher).toBe(
      'DEVIDA Monitoreo de Cultivos de Coca 2022 and 2024 zone tables',
    );
    expect(refs.get(andina)?.short).toBe('Andina');
    expect(refs.get(correo)?.short).toBeUndefined();
    expect(refs.get(andina)?.vintage).toBe('figures for 2014');
    expect(devida).toBe(
      transcribedSourceId(
        'DEVIDA Monitoreo de Cultivos de Coca 2022 and 2024 zone tables, table 3',
      ),
    );
  });
});
