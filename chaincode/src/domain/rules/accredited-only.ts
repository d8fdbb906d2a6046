import { ACCREDITED_TOPIC, claimRejection } from '../claims';
import { reject } from '../decision';
import type { Rule } from './facts';

/** Accredited-only securities go to holders of a valid `accredited` claim. */
export const accreditedOnly: Rule = {
  name: 'accredited-only',
  check: ({ security, recipient, issuers, at }) => {
    if (!security.rules.accreditedOnly) return null;
    const broken = claimRejection(recipient.identity, ACCREDITED_TOPIC, issuers, at);
    if (!broken) return null;
    return reject('ST2-NOT-ACCREDITED', `${recipient.identity.id} is not an accredited investor (${broken.code}).`, { ...broken.details, cause: broken.code });
  },
};
