/**
 * The panel-like UIs (district panel and incident card: dialogs; table and charts: labelled
 * regions) with the keyboard only:
 * focus moves into the panel on open, Esc closes it, and focus goes back to what opened it.
 * They are non-modal (used beside the map), so Tab is not trapped — src/ui/useDialogFocus.ts.
 * Also: axe on the incident card, and reduced motion on the map's zoom buttons.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hoverUntil, openAtlas, screenPoint } from './atlasPage';
import { chromiumPerFile } from './browser';
import { districtByUbigeo } from './fixtures';

const baseUrl = inject('baseUrl');
const PICHARI = districtByUbigeo('080910');

const browser = chromiumPerFile();

/** Text and role of what has focus, to compare with what the user expects to be on. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const role = el.getAttribute('role') ?? el.tagName.toLowerCase();
    const name = el.getAttribute('aria-label') ?? (el as HTMLElement).innerText;
    return `${role}: ${name.trim().split('\n')[0] ?? ''}`;
  });
}

describe('panels with the keyboard', () => {
  it('district panel from the list: focus on its name, Tab reaches its close button, Esc closes, focus back on the list entry', async () => {
    const { page } = await openAtlas(browser(), baseUrl);
    await page.getByRole('searchbox').fill('pichari');
    const entry = page.getByRole('button', { name: /Pichari/ });
    await entry.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Pichari' });
    await dialog.waitFor();
    expect(await focused(page)).toBe('h2: Pichari');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button: Cerrar');
    // Esc from the close button (focus inside the panel, not on its heading).
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focused(page)).toMatch(/^button: Pichari/);
    expect(new URL(page.url()).searchParams.get('d')).toBeNull();
    await page.context().close();
  });

  it('district panel from the map keyboard walk: Esc gives focus back to the map', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?lang=en`);
    const map = page.getByRole('region', { name: /Map of the VRAEM districts/ });
    await map.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await focused(page)).toMatch(/^h2: /);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focused(page)).toMatch(/^region: Map of the VRAEM districts/);
    await page.context().close();
  });

  it('table: the toggle opens it with focus on its title; Esc closes only the table and focus returns to the toggle', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?i=coca_ha&y=2016&d=080910`);
    const toggle = page.getByRole('button', { name: 'Tabla', exact: true });
    await toggle.focus();
    await page.keyboard.press('Enter');
    // A labelled region (like the charts), so the district panel stays the page's one dialog.
    const table = page.getByRole('region', { name: /^Distritos en 2016/ });
    await table.waitFor();
    expect(await focused(page)).toMatch(/^h2: Distritos en 2016/);
    // Move inside the table, then Esc from a control in it.
    await page.keyboard.press('Tab');
    expect(await table.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await table.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('button: Tabla');
    expect(new URL(page.url()).searchParams.get('tb')).toBeNull();
    // The district panel that was open stays open: Esc closed only the table.
    expect(new URL(page.url()).searchParams.get('d')).toBe('080910');
    await page.getByRole('dialog', { name: 'Pichari' }).waitFor();
    await page.context().close();
  });

  it('charts: focus on the panel title on open, Esc closes, focus back on the toggle', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?i=coca_ha&y=2016&lang=en`);
    const toggle = page.getByRole('button', { name: 'Charts', exact: true });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('.chart-panel');
    await panel.waitFor();
    expect(await focused(page)).toBe('h2: Trends');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('button: Charts');
    await page.context().close();
  });

  it('incident card: opened by a click, focus on its title, no axe violation, Esc closes it', async () => {
    const { page } = await openAtlas(browser(), `${baseUrl}/?ev=1`);
    await hoverUntil(page, PICHARI.labelPoint, '2023-02-11');
    const point = await screenPoint(page, PICHARI.labelPoint);
    await page.mouse.click(point.x, point.y);
    const card = page.getByRole('dialog');
    await card.waitFor();
    // The type in Spanish (translated by the pipeline), not the raw English.
    expect(await focused(page)).toBe(
      'h2: 2023-02-11 · emboscada a vehículo policial (armas de largo alcance)',
    );
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
      [],
    );
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    // Clicked on the map: focus goes back to the map, not lost on <body>.
    expect(await focused(page)).not.toBe('body');
    await page.context().close();
  });
});

describe('reduced motion', () => {
  it('with prefers-reduced-motion the zoom buttons jump instead of animating', async () => {
    const { page } = await openAtlas(browser(), baseUrl, { reducedMotion: 'reduce' });
    const at = () => screenPoint(page, PICHARI.labelPoint);
    const before = await at();
    await page.getByRole('button', { name: /Zoom in|Acercar|Ampliar/i }).click();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    const first = await at();
    // A sleep on purpose: the test shows that the camera does NOT move after its first frame,
    // over longer than MapLibre's zoom animation would take.
    await page.waitForTimeout(400);
    const settled = await at();
    // The camera moved, and had already finished moving one frame after the click.
    expect(Math.hypot(first.x - before.x, first.y - before.y)).toBeGreaterThan(5);
    expect(first).toEqual(settled);
    // And no CSS animation or transition is left running.
    const moving = await page.evaluate(() => document.getAnimations().length);
    expect(moving).toBe(0);
    await page.context().close();
  });
});
