import { describe } from 'vitest';
import { selectedBrowsers } from './harness/browsers';
import { ChromiumDriver } from './harness/chromium-driver';
import { allScenarios } from './scenarios/index';

describe.runIf(selectedBrowsers().includes('chromium'))('chromium', () => {
  allScenarios((options) => ChromiumDriver.launch(options));
});
