/**
 * An error inside one panel stays in that panel: the map's code chunk arrives corrupted (a
 * flaky connection, a bad proxy), and the district list, a district profile, the layers, the
 * table and the charts keep working beside a message that names the map.
 */
import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile } from './browser';
import { screenshotPath } from './shots';

const baseUrl = inject('baseUrl');

const browser = chromiumPerFile();

describe('error boundaries (built app, real Chromium)', () => {
  it('a corrupted map chunk is contained: the map says so, the rest keeps working', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    const pageErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    let served = 0;
    await page.route(/\/assets\/AtlasMap-[^/]*\.js$/, (route) => {
      served++;
      return route.fulfill({
        status: 200,
        contentType: 'text/javascript',
        body: 'throw new Error("corrupted chunk");\nexport default null;\n',
      });
    });
    await page.goto(baseUrl);

    const alert = page.locator('.map-area [role="alert"]');
    await alert.waitFor({ timeout: 60_000 });
    expect(served).toBeGreaterThan(0);
    expect(await alert.innerText()).toContain(
      'No se pudo mostrar «Mapa» por un error. El resto del atlas sigue funcionando.',
    );
    await alert.getByRole('button', { name: 'Reintentar' }).waitFor();
    await page.screenshot({ path: screenshotPath('boundary-map-es.png') });
    // The error went to the console, naming the panel; the page itself did not crash.
    expect(consoleErrors.some((e) => e.includes('the map panel failed'))).toBe(true);
    expect(pageErrors).toEqual([]);

    // The header, the district list and a district profile.
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Atlas VRAEM');
    await page.getByRole('searchbox').fill('vizcatan');
    await page.getByRole('button', { name: /Vizcatán del Ene/ }).click();
    expect(await page.getByRole('dialog').innerText()).toContain('120609');

    // The layers (the legend follows the chosen indicator) and the table.
    const layers = page.getByRole('combobox', { name: 'Colorear distritos por' });
    await page.waitForFunction(() => !document.querySelector('select[disabled]'));
    await layers.selectOption('coca_ha');
    await page.locator('.choropleth-legend').waitFor();
    await page.getByRole('button', { name: 'Tabla' }).click();
    const table = page.locator('.district-table table');
    await table.waitFor();
    expect(await table.innerText()).toContain('Vizcatán del Ene');

    // The charts load their own chunk and draw.
    await page.getByRole('button', { name: 'Gráficos' }).click();
    await page.locator('.chart-card svg').first().waitFor({ timeout: 30_000 });
    expect(await alert.count()).toBe(1);
    await context.close();
  });
});
