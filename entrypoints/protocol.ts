// The protocol script: settings and message checks (zod), injected by the background beside the content script
// the first time a page needs them (see src/extension/protocol-api.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installProtocol } from '../src/extension/protocol';

export default defineUnlistedScript(installProtocol);
