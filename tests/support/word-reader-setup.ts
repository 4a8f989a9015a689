// Unit tests run the matcher with compromise installed, as the CLI does and as the engine does once it has fetched
// the word reader. Tests of the engine's start without it remove it themselves.
import { installCompromiseReader } from '../../src/core/compromise-reader';

installCompromiseReader();
