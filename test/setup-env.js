// fabric-contract-api logs every decorator at info level; tests want only warnings and errors.
process.env.CORE_CHAINCODE_LOGGING_LEVEL ??= 'warning';
