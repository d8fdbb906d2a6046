import { LOG_LEVEL_ENV, logLevel, peerLoggingSpec } from '../../scripts/network/src/log-level';

/** The network's log level (ST2_NETWORK_LOG_LEVEL): info unless told, one of Fabric's levels, gossip kept quiet at info. */
describe('the network processes\' log level', () => {
  const saved = process.env[LOG_LEVEL_ENV];
  afterEach(() => {
    if (saved === undefined) delete process.env[LOG_LEVEL_ENV];
    else process.env[LOG_LEVEL_ENV] = saved;
  });

  it('is info when the variable is unset or empty, and the level it names otherwise', () => {
    delete process.env[LOG_LEVEL_ENV];
    expect(logLevel()).toBe('info');
    process.env[LOG_LEVEL_ENV] = '';
    expect(logLevel()).toBe('info');
    process.env[LOG_LEVEL_ENV] = 'warning';
    expect(logLevel()).toBe('warning');
  });

  it('refuses a level Fabric does not know, naming the variable', () => {
    process.env[LOG_LEVEL_ENV] = 'loud';
    expect(() => logLevel()).toThrow(`${LOG_LEVEL_ENV}=loud: expected one of debug, info, warning, error`);
  });

  it('keeps gossip and MSP at warning on peers logging at info or debug, and logs everything at the level otherwise', () => {
    expect(peerLoggingSpec('info')).toBe('info:gossip=warning:msp=warning');
    expect(peerLoggingSpec('debug')).toBe('debug:gossip=warning:msp=warning');
    expect(peerLoggingSpec('warning')).toBe('warning');
  });
});
