// Browser measurements for scripts/bench.sh (not part of the test command: a benchmark measures,
// it never asserts a time). Same browser and server as the end-to-end tests.
import base from './playwright.config.js';
import { defineConfig } from '@playwright/test';

export default defineConfig({ ...base, testDir: 'tests/perf', testMatch: '**/*.bench.js', outputDir: 'test-results/perf', timeout: 600_000 });
