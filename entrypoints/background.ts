import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Listeners are registered here, synchronously, in later issues.
});
