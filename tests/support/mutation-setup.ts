/**
 * Set up for the mutation run only (vitest.mutation.config.ts). A property that fails makes
 * fast-check shrink the counterexample, rerunning the property hundreds of times; a mutant
 * needs only to be seen failing, so the run ends at the first failure.
 */
import fc from 'fast-check';

fc.configureGlobal({ endOnFailure: true });
