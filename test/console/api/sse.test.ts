import { sseFrames } from '../../../console/src/api/sse';

describe('Server-Sent Events frames', () => {
  it('reads complete frames and keeps an incomplete one for the next chunk', () => {
    const { frames, rest } = sseFrames('id: 3.0\nevent: transaction\ndata: {"a":1}\n\nid: 4.0\nda');
    expect(frames).toEqual([{ id: '3.0', event: 'transaction', data: '{"a":1}' }]);
    expect(rest).toBe('id: 4.0\nda');
    expect(sseFrames(`${rest}ta: {}\n\n`).frames).toEqual([{ id: '4.0', data: '{}' }]);
  });

  it('drops comments and frames without data (keep-alives), joins data lines, and reads CRLF', () => {
    const { frames } = sseFrames(': keep-alive\n\nevent: ping\n\r\ndata: a\r\ndata: b\r\n\r\n');
    expect(frames).toEqual([{ data: 'a\nb' }]);
  });
});
