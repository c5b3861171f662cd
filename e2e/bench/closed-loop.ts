/**
 * `concurrency` clients, each sending its next request as soon as the previous one is answered
 * (a closed loop, like a browser or a script), until `running()` turns false. Each client is
 * told its index and how many requests it has sent, so it can vary what it sends.
 */
export async function closedLoop(
  concurrency: number,
  running: () => boolean,
  step: (client: number, sent: number) => Promise<void>,
): Promise<void> {
  await Promise.all(
    Array.from({ length: concurrency }, async (_, client) => {
      for (let sent = 0; running(); sent++) await step(client, sent);
    }),
  );
}
