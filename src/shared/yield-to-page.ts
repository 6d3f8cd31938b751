/**
 * Lets the page paint and take input, then carries on: a message to itself is not clamped to
 * 4 ms the way nested timeouts are, so fifty pauses cost nothing noticeable.
 */
export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
