/**
 * Imported first by the gateway's executables, before anything loads the chaincode: fabric-contract-api logs
 * every decorator at start and every refused transaction, but in the gateway a refusal is an answer, which the
 * gateway logs once itself. An explicit CORE_CHAINCODE_LOGGING_LEVEL still wins.
 */
process.env.CORE_CHAINCODE_LOGGING_LEVEL ??= 'critical';
