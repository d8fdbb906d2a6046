import { PeerHeights } from '../../../gateway/src/ledger/fabric/peer-heights';

// The wait behind every Fabric submit: the other endorsing peers must hold the block before the submit returns.
describe('waiting for a peer to hold a block', () => {
  /** A peer whose height the test moves, counting how often it is asked. */
  const peer = (height: bigint) => {
    const state = { height, asked: 0, fail: false };
    const query = async () => {
      state.asked++;
      await new Promise((resolve) => setImmediate(resolve));
      if (state.fail) throw new Error('peer unavailable');
      return state.height;
    };
    return { state, heights: new PeerHeights(query) };
  };
  const far = () => Date.now() + 5_000;

  it('asks once for all the submits waiting at the same time', async () => {
    const { state, heights } = peer(11n);
    await Promise.all(Array.from({ length: 50 }, (_, i) => heights.until('Bank2MSP', BigInt(i % 10), far(), 1)));
    expect(state.asked).toBe(1);
  });

  it('does not ask again for a block below a height already seen', async () => {
    const { state, heights } = peer(11n);
    await heights.until('Bank2MSP', 10n, far(), 1);
    await heights.until('Bank2MSP', 3n, far(), 1);
    expect(state.asked).toBe(1);
  });

  it('keeps asking until the peer holds the block', async () => {
    const { state, heights } = peer(5n);
    const waiting = heights.until('Bank2MSP', 7n, far(), 1);
    setTimeout(() => (state.height = 8n), 20);
    await waiting;
    expect(state.height).toBe(8n);
    expect(state.asked).toBeGreaterThan(1);
    const asked = state.asked;
    await heights.until('Bank2MSP', 7n, far(), 1);
    expect(state.asked).toBe(asked);
  });

  it('stops waiting for a peer that cannot answer, or past the deadline', async () => {
    const { state, heights } = peer(5n);
    state.fail = true;
    await heights.until('Bank2MSP', 7n, far(), 1);
    expect(state.asked).toBe(1);
    state.fail = false;
    await heights.until('Bank2MSP', 7n, Date.now() + 30, 5);
    expect(state.height).toBe(5n);
  });
});
