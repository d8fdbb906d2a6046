// fabric-contract-api logs every decorator at info level and every refused transaction at error level.
// A refusal is an answer the tests assert on, so, as in the gateway (gateway/src/config/chaincode-logging.ts),
// only critical shim messages are printed: CI output then shows real failures at a glance.
process.env.CORE_CHAINCODE_LOGGING_LEVEL ??= 'critical';
