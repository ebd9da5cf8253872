import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialLexicons } from '../../../src/content/classifier';
import { STATUSES } from '../../../src/knowledge/catalogue/index';
import { Classifier, classify } from '../../../src/knowledge/classifier/index';
import { LEXICONS } from '../../../src/knowledge/classifier/lexicon/all';
import en from '../../../src/knowledge/texts/en';
import es from '../../../src/knowledge/texts/es';
import { FIXTURE_LIST } from '../../fixtures/catalog';
import type { Fixture } from '../../fixtures/index';
import type { BrowserDriver, DriverFactory, PageHandle } from '../harness/driver';
import { focusBadge, openTooltip, readMarkers, revealAll, settle, showHiddenEntries, waitForTooltip } from '../harness/page-checks';
import { screenshotPath } from '../harness/output';

// Every status entry on every fixture page is marked (contract §4) with the status the
// classifier gives its text, has one badge, and opens the right tooltip on hover and on
// keyboard focus; the shipment reaches storage; hostile text stays inert; no page errors.

const annotated = FIXTURE_LIST.filter((fixture) => fixture.pageKind !== 'other' && fixture.expect);
/**
 * What the page's text classifies to in Node, the way the content script reads it: with the
 * lexicons of English and the page's language, then, for a text those do not know, all of them.
 */
function expectedStatusFor(fixture: Fixture): (text: string) => string {
  const first = new Classifier(LEXICONS.filter((lexicon) => initialLexicons(fixture.lang).includes(lexicon.lang)), STATUSES);
  return (text) => {
    const shown = text.slice(0, 500);
    return (first.classify(shown) ?? classify(shown))?.status ?? 'unknown';
  };
}

async function clickAllViewMore(page: PageHandle): Promise<void> {
  for (let i = 0; i < 5; i++) {
    const clicked = await page.evaluate(() => {
      const buttons = Array.from(document.querySelectorAll('[class*="viewMoreBtn"], [data-view-more]')).filter(
        (button) => (button as HTMLElement).offsetParent !== null,
      );
      for (const button of buttons) (button as HTMLElement).click();
      return buttons.length;
    });
    if (!clicked) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

async function storedShipment(driver: BrowserDriver, orderId: string, wanted: (value: unknown) => boolean, timeoutMs = 8_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  let value: unknown;
  for (;;) {
    value = (await driver.readStorage())[`shipment:${orderId}`];
    if (value && wanted(value)) return value;
    if (Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

interface StoredShape {
  packages: { trackingNumber: string | null; events: { text: string; time: string | null; stage: string | null }[] }[];
}

function checkFixture(getDriver: () => BrowserDriver, fixture: Fixture): void {
  const expectation = fixture.expect!;
  const expectedStatus = expectedStatusFor(fixture);

  it(`${fixture.id}: marks every status entry, each with one badge and the classifier's status`, async () => {
    const driver = getDriver();
    const page = await driver.openPage(fixture.url);
    const count = await settle(page, expectation.entries);
    expect(count).toBe(expectation.entries);
    await revealAll(page);
    const markers = await readMarkers(page);
    for (const marker of markers) {
      // An entry in a closed popover is marked at once and gets its badge when it is shown.
      expect(marker.badges, marker.text).toBe(marker.hidden ? 0 : 1);
      expect(marker.status, marker.text).toBe(expectedStatus(marker.text));
      if (marker.status === 'unknown') expect(marker.stage).toBeNull();
      else expect(marker.stage).toBeTruthy();
    }
    if (markers.some((marker) => marker.hidden)) {
      await showHiddenEntries(page);
      await revealAll(page);
      expect((await readMarkers(page)).filter((marker) => marker.badges !== 1).map((marker) => marker.text)).toEqual([]);
    }
    if (expectation.entriesAfterExpand !== undefined) {
      await clickAllViewMore(page);
      expect(await settle(page, expectation.entriesAfterExpand)).toBe(expectation.entriesAfterExpand);
      await revealAll(page);
      const expanded = await readMarkers(page);
      expect(expanded.every((marker) => marker.badges === 1)).toBe(true);
    }
    if (fixture.traits?.includes('hostile')) {
      expect(await page.evaluate(() => (window as unknown as { __tracklightTrap: unknown[] }).__tracklightTrap)).toEqual([]);
    }
    expect(page.pageErrors()).toEqual([]);
    expect(page.tracklightConsole().filter((line) => !line.includes('finding statuses by their text'))).toEqual([]);
    await page.close();
  });

  it(`${fixture.id}: hover and keyboard focus open the tooltip of the status, Escape closes it`, async () => {
    const driver = getDriver();
    const page = await driver.openPage(fixture.url);
    await settle(page, expectation.entries);
    await revealAll(page);
    const markers = await readMarkers(page);
    const known = markers.find((marker) => marker.status !== 'unknown');
    if (known) {
      await page.hover(`[data-tracklight-status="${known.status}"] > tracklight-badge`);
      await waitForTooltip(page, true);
      const tip = (await openTooltip(page))!;
      expect(tip.title).toBe(en.statuses[known.status!]!.title);
      expect(tip.step).toMatch(/^(Step \d+ of 10|Outside the normal journey): /);
      await page.screenshot(screenshotPath(getDriver().name, `tooltip-hover-${fixture.id}`));
      await page.press('Escape');
      await waitForTooltip(page, false);
    }
    const index = Math.min(1, markers.length - 1);
    await focusBadge(page, index);
    await waitForTooltip(page, true);
    const focused = (await openTooltip(page))!;
    const status = (await readMarkers(page))[index]!.status!;
    expect(focused.title).toBe(status === 'unknown' ? en.ui.unknownTitle : en.statuses[status]!.title);
    await page.press('Escape');
    await waitForTooltip(page, false);
    if (fixture.traits?.includes('hostile')) {
      // Hovering every badge of the hostile page executes nothing of its text.
      const distinct = [...new Map(markers.filter((marker) => marker.status !== 'unknown').map((marker) => [marker.status, marker])).values()];
      // (The first was hovered above and the mouse is still on it: start with the next.)
      const hovered = distinct.slice(1, 7);
      for (const marker of hovered) {
        await page.hover(`[data-tracklight-status="${marker.status}"] > tracklight-badge`);
        await waitForTooltip(page, true);
        if (marker === hovered[hovered.length - 1]) break; // leave the last one open for the screenshot
        await page.press('Escape');
        await waitForTooltip(page, false);
      }
      await page.screenshot(screenshotPath(getDriver().name, `tooltip-hostile`));
      expect(await page.evaluate(() => (window as unknown as { __tracklightTrap: unknown[] }).__tracklightTrap)).toEqual([]);
    }
    expect(page.pageErrors()).toEqual([]);
    await page.close();
  });

  if (expectation.orderId && expectation.packages) {
    it(`${fixture.id}: stores the shipment with its packages and events`, async () => {
      const driver = getDriver();
      const page = await driver.openPage(fixture.url);
      await settle(page, expectation.entries);
      await clickAllViewMore(page);
      const packages = expectation.packages!;
      const stored = (await storedShipment(driver, expectation.orderId!, (value) => {
        const shape = value as StoredShape;
        return shape.packages.length === packages.length && shape.packages.every((pkg, i) => pkg.events.length >= packages[i]!.events);
      })) as StoredShape | undefined;
      expect(stored, 'shipment stored').toBeTruthy();
      expect(stored!.packages.map((pkg) => pkg.trackingNumber)).toEqual(packages.map((pkg) => pkg.trackingNumber));
      expect(stored!.packages.map((pkg) => pkg.events.length)).toEqual(packages.map((pkg) => pkg.events));
      const events = stored!.packages.flatMap((pkg) => pkg.events);
      expect(events.every((event) => typeof event.text === 'string' && event.text.length > 0)).toBe(true);
      if (fixture.pageKind === 'tracking' || fixture.pageKind === 'legacy-tracking') {
        expect(events.filter((event) => event.time !== null).length).toBeGreaterThan(events.length / 2);
      }
      await page.close();
    });
  }
}

export function annotationScenarios(launch: DriverFactory): void {
  describe('status entries are marked and explained', () => {
    let driver: BrowserDriver;
    beforeAll(async () => {
      driver = await launch();
    });
    afterAll(async () => {
      await driver?.close();
    });
    for (const fixture of annotated) checkFixture(() => driver, fixture);

    it('opens tooltips that read well on a dark page (screenshots)', async () => {
      const dark = await launch({ colorScheme: 'dark' });
      try {
        for (const id of ['trackingEn', 'trackingMultiPackage']) {
          const fixture = annotated.find((candidate) => candidate.id === id)!;
          const page = await dark.openPage(fixture.url);
          await settle(page, fixture.expect!.entries);
          await focusBadge(page, 0);
          await waitForTooltip(page, true);
          const tip = await page.evaluate(() => {
            const element = document.querySelector('tracklight-badge')!.shadowRoot!.querySelector('.tip')!;
            const style = getComputedStyle(element);
            return { background: style.backgroundColor, color: style.color };
          });
          expect(tip.background).toBe('rgb(31, 36, 41)');
          expect(tip.color).toBe('rgb(232, 236, 239)');
          await page.screenshot(screenshotPath(dark.name, `tooltip-dark-${id}`));
          await page.close();
        }
      } finally {
        await dark.close();
      }
    });

    it('explains in the language chosen in the settings', async () => {
      await driver.writeStorage({ settings: { v: 1, language: 'es', keepDeliveredDays: 90 } });
      const fixture = annotated.find((candidate) => candidate.pageKind === 'tracking')!;
      const page = await driver.openPage(fixture.url);
      await settle(page, fixture.expect!.entries);
      await revealAll(page);
      const markers = await readMarkers(page);
      const index = markers.findIndex((marker) => marker.status !== 'unknown');
      await focusBadge(page, index);
      await waitForTooltip(page, true);
      expect((await openTooltip(page))!.title).toBe(es.statuses[markers[index]!.status!]!.title);
      await page.close();
      await driver.writeStorage({ settings: { v: 1, language: 'auto', keepDeliveredDays: 90 } });
    });
  });
}
