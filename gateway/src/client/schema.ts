// Generated from the gateway's /openapi.json by `npm run build` (gateway/src/cli/client-types.ts); do not edit.
// test/gateway/client/schema.test.ts fails when it no longer matches the document the gateway serves.
export interface paths {
    "/v1/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Onboard an investor identity
         * @description The personal `record` goes to the onboarding org's and the audit private collections, filed by a transaction only the onboarding org's peer endorses; the public registration that follows keeps its SHA-256 only.
         *
         *     Roles: admin, agent, custodian.
         */
        post: operations["registerIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an identity
         * @description The public identity (jurisdiction, investor type, claims); with the private `record` when the caller's org onboarded it, or for the regulator.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["readIdentity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identities/{id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a claim (KYC, AML, accreditation...) to an identity
         * @description Issued by the calling claim issuer, which must be trusted for the topic. The `evidence` stays private (investor's org and audit collections).
         *
         *     Roles: claim-issuer.
         */
        post: operations["addClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identities/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Is an identity verified for a security?
         * @description Per topic the security requires (its required claims, and `accredited` for accredited-only securities): the claim that satisfies it (of those that count, the longest-lasting), or the reason none does, with the same codes the transfer rules refuse with. Judged at the gateway's clock against the read model.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["readVerification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identities/{id}/claims/{topic}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a claim
         * @description By the claim's issuer (its own claim), or an admin of the org that onboarded the identity, naming the claim's `issuer` (org, id). Other issuers' claims on the topic stay.
         *
         *     Roles: claim-issuer, admin.
         */
        delete: operations["revokeClaim"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identities/{id}/freeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Freeze an identity's holding, whole or in part
         * @description Without `amount`, the whole holding.
         *
         *     Roles: issuer, agent, cash-issuer.
         */
        post: operations["freeze"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identities/{id}/unfreeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unfreeze an identity's holding, whole or in part
         * @description Roles: issuer, agent, cash-issuer.
         */
        post: operations["unfreeze"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identities/{id}/recover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recover a lost identity's holding to another identity of the same investor
         * @description The holding moves with its lots (holding periods keep counting) and freezes.
         *
         *     Roles: issuer, agent, cash-issuer.
         */
        post: operations["recover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claim-issuers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the trusted claim issuers
         * @description Each as (org, id) with its topics, at most 64.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["listClaimIssuers"];
        put?: never;
        /**
         * Trust a claim issuer for some topics
         * @description A consortium change (see the consortium routes): an administrator org's approval, in effect once enough of them approved it. Claims count only when their issuer is trusted for the topic, now. An issuer already trusted is refused (409 ST2-ALREADY-EXISTS: change its topics instead); past 64 trusted issuers, 422 ST2-LIMIT-EXCEEDED; at most 16 topics each.
         *
         *     Roles: admin.
         */
        post: operations["trustClaimIssuer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claim-issuers/{org}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a trusted claim issuer's topics
         * @description A consortium change, in effect once enough administrator orgs approved it. A topic taken away stops the issuer's claims on it counting at once, and makes every confidential allowlist stale (trust revision).
         *
         *     Roles: admin.
         */
        put: operations["setClaimIssuerTopics"];
        post?: never;
        /**
         * Stop trusting a claim issuer
         * @description A consortium change, in effect once enough administrator orgs approved it. Its claims stop counting at once (they stay recorded), and every confidential allowlist is stale until refreshed.
         *
         *     Roles: admin.
         */
        delete: operations["removeClaimIssuer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a holder vote on a security (its issuer)
         * @description Weights are the holders' balances at `recordTime` (now or later: units bought after it do not vote, units sold after it still do). Votes are taken from the record time until `closesAt`. Quorum: share of the supply at the record time that must vote; threshold: share of the votes the winning option must exceed (basis points). At most 8 open snapshots per security (422 ST2-LIMIT-EXCEEDED).
         *
         *     Roles: issuer.
         */
        post: operations["createProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a holder vote: options, tallies, and the result once closed
         * @description Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["readProposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Holder votes on a security, open and closed
         * @description By proposal id, paged, optionally only `open` or `closed` ones; with the security's distributions and its calendar, its corporate actions.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["listProposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/proposals/{id}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Vote, or change a vote (the voting investor)
         * @description Before the record time: 422 ST2-VOTING-NOT-OPEN; from `closesAt`: 422 ST2-VOTING-CLOSED; the same option again: 409 ST2-ALREADY-VOTED; nothing held at the record time: 422 ST2-NO-VOTING-WEIGHT.
         *
         *     Roles: investor.
         */
        post: operations["castVote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/proposals/{id}/split-votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Vote for a custody account, split across options as its beneficial owners instructed (its custodian)
         * @description `voter` is a custody account of the caller's org; the splits add up to at most the account's balance at the record time (else 400 ST2-INVALID-INPUT) and replace its previous split until the close. Which owner chose what stays in the custodian's books: only the totals per option reach the ledger.
         *
         *     Roles: custodian.
         */
        post: operations["castSplitVote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/proposals/{id}/votes/{voter}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one holder's vote (an investor: its own)
         * @description Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["readVote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/proposals/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a vote and compute its result (the issuer or an agent)
         * @description From `closesAt` on (before: 422 ST2-VOTING-OPEN); the result (turnout, quorum, winner, passed) is in the ProposalClosed event and on the proposal.
         *
         *     Roles: issuer, agent, cash-issuer.
         */
        post: operations["closeProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/distributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Distributions declared on a security
         * @description By id, paged.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["listDistributions"];
        put?: never;
        /**
         * Declare a cash distribution on a security (its issuer)
         * @description Each unit held at `recordTime` (now or later) earns `rate` (numerator/denominator) units of `cashSecurityId` (a cash token: else 422 ST2-NOT-CASH), paid from `payer` (an identity of the issuer's org) from `paymentDate` (after the record time) on, rounded down per holder; the close pays what rounding left to `remainderAccount`. Opens a record-time snapshot (at most 8 per security: 422 ST2-LIMIT-EXCEEDED).
         *
         *     Roles: issuer.
         */
        post: operations["declareDistribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare a debt security's coupon as a cash distribution (its issuer)
         * @description Coupon number `coupon` of the schedule (`GET /v1/securities/{id}/calendar`) becomes distribution `{id}:coupon:{coupon}`: each unit held at `recordTime` earns the coupon per unit of face value, payable from the coupon's payment date, paid and closed as any distribution. A floating coupon needs `observedReferenceBps`, the reference rate observed for the period (a fixed one refuses it). Not debt, no such coupon, cash in another currency, a coupon rounding to nothing: 400 ST2-INVALID-INPUT; declared already: 409 ST2-ALREADY-EXISTS.
         *
         *     Roles: issuer.
         */
        post: operations["declareCoupon"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/distributions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a distribution: its terms, status and what it has paid
         * @description Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["readDistribution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/distributions/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Holders a distribution has paid, with their units at the record time and the cash they received
         * @description By holder, paged.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, regulator, cash-issuer.
         */
        get: operations["listPayments"];
        put?: never;
        /**
         * Pay a batch of holders (the issuer or an agent, from the payer's org)
         * @description At most 100 holders, all or none: each its units at the record time × rate, rounded down, by a cash transfer from the payer judged by the cash token's rules. Before the payment date: 422 ST2-DISTRIBUTION-NOT-DUE; a holder already paid: 409 ST2-ALREADY-PAID; none held at the record time: 422 ST2-NO-ENTITLEMENT; a holder the cash cannot reach: its rule's code; each with `details.holder` and `details.index`, so the batch can go again without it.
         *
         *     Roles: issuer, agent.
         */
        post: operations["payDistribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/distributions/{id}/entitlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every holder at the record time with its entitlement and whether it was paid: the list a paying agent pays from
         * @description By holder, paged, while the distribution is open (closed: its payments). Holders who sold after the record time are listed, holders who bought after it are not; before the record time the units are the current balances (provisional).
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, regulator, cash-issuer.
         */
        get: operations["listEntitlements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/distributions/{id}/entitlements/{holder}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One holder's entitlement in a distribution and whether it was paid (an investor: its own)
         * @description Paid: what it received. Unpaid: its units at the record time × rate, rounded down (before the record time, provisional: the current balance).
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["readEntitlement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/distributions/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a distribution once every unit at the record time is paid for (the issuer or an agent, from the payer's org)
         * @description Pays the rounding remainder to the remainder account, so that what was paid is exactly the declared total, and releases the snapshot. Units still unpaid: 422 ST2-DISTRIBUTION-INCOMPLETE; twice: 422 ST2-DISTRIBUTION-CLOSED.
         *
         *     Roles: issuer, agent.
         */
        post: operations["closeDistribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A security's corporate-action calendar: coupons, maturity and open record dates
         * @description For debt and hybrid securities, every coupon period from the issue date to maturity (generated backwards from maturity, a short first stub when the issue date is not a roll date), each with its unadjusted start and end, its payment date moved by the business-day convention, its accrual fraction under the day count and, for a fixed rate, the coupon per unit of face value rounded down to the minor unit (floating: 'rate to be observed'); then the principal paid at maturity. For every security, its open record-date snapshots: proposals and distributions.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["readCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consortium/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the consortium policy on the ledger
         * @description Roles per org, administrator orgs and their approval threshold, once the consortium changed them; `null` before, when network/topology.json rules.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["readPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consortium/orgs/{org}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Admit an org or change the roles its certificates may carry
         * @description An approval by an administrator org (admin role): the change takes effect when the policy's number of administrator orgs approved the same change within 7 days; until then it is pending (the answer's ConsortiumChangeApproved event says which). Another change of the same subject while one is pending: 409 ST2-CHANGE-CONFLICT; the same org again: 409 ST2-ALREADY-APPROVED. An administrator org keeps the admin role (400 otherwise).
         *
         *     Roles: admin.
         */
        put: operations["setOrgRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consortium/admins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change the administrator orgs and how many must approve a change
         * @description An approval by an administrator org (admin role): the change takes effect when the policy's number of administrator orgs approved the same change within 7 days; until then it is pending (the answer's ConsortiumChangeApproved event says which). Another change of the same subject while one is pending: 409 ST2-CHANGE-CONFLICT; the same org again: 409 ST2-ALREADY-APPROVED. Administrators must be admitted orgs with the admin role, and the threshold one they can reach (400 otherwise).
         *
         *     Roles: admin.
         */
        put: operations["setAdmins"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consortium/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List consortium changes by subject
         * @description The last change of each subject, pending or not, in subject order.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, regulator, cash-issuer.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consortium/changes/{subject}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a consortium change and its approvals
         * @description The last change of the subject: pending, executed, or expired (pending past `expiresAt`).
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, regulator, cash-issuer.
         */
        get: operations["readChange"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consortium/changes/{subject}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the consortium change pending on a subject, as proposed
         * @description An approval by an administrator org (admin role): the change takes effect when the policy's number of administrator orgs approved the same change within 7 days; until then it is pending (the answer's ConsortiumChangeApproved event says which). Another change of the same subject while one is pending: 409 ST2-CHANGE-CONFLICT; the same org again: 409 ST2-ALREADY-APPROVED. Nothing pending: 404; expired: 422 ST2-CHANGE-EXPIRED (propose it again).
         *
         *     Roles: admin.
         */
        post: operations["approveChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List securities
         * @description Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["listSecurities"];
        put?: never;
        /**
         * Create an equity, debt or hybrid security
         * @description The caller becomes its issuer; `agents` may act for it. `terms.kind` selects equity, debt or hybrid (convertible into an existing equity).
         *
         *     Roles: issuer.
         */
        post: operations["createSecurity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a security
         * @description Its definition, supply and holder count, and status (active, paused, or matured from its maturity date on).
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["readSecurity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the transfer rules
         * @description By the security's issuer only: an agent operates the security, it never changes its rules. A cap (maxSupply, maxHolders, maxBalance) below the figure it caps today is refused (422 ST2-CAP-BELOW-CURRENT, see docs/compliance.md); a party list longer than 100 identities, 422 ST2-LIMIT-EXCEEDED.
         *
         *     Roles: issuer, cash-issuer.
         */
        put: operations["setRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a transfer agent with its powers
         * @description By the security's issuer only. Powers: issue, redeem, freeze, force, recover, pause, approve, partition, hold. An agent already there is refused (409): remove it to change its powers. At most 16 agents.
         *
         *     Roles: issuer, cash-issuer.
         */
        post: operations["addAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/agents/{org}/{agentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a transfer agent
         * @description By the security's issuer only. The agent's powers end at once.
         *
         *     Roles: issuer, cash-issuer.
         */
        delete: operations["removeAgent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a security's documents
         * @description ERC-1643 getAllDocuments, with each document's URI, hash and time; partitions' documents name their partition.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["listDocuments"];
        put?: never;
        /**
         * Set a document (by name in the body)
         * @description The same as PUT /v1/securities/:id/documents/:name (or, with `partition`, PUT .../partitions/:partition/documents/:name): a document of the same name and scope is replaced. The security's issuer.
         *
         *     Roles: issuer, cash-issuer.
         */
        post: operations["attachDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/documents/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one document of the security
         * @description ERC-1643 getDocument: its URI, hash and the time it was last set.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["readDocument"];
        /**
         * Set a document of the security
         * @description ERC-1643 setDocument: URI (optional for a document known by its hash alone) and SHA-256 hash; replaces a document of the same name. The security's issuer.
         *
         *     Roles: issuer, cash-issuer.
         */
        put: operations["setDocument"];
        post?: never;
        /**
         * Remove a document of the security
         * @description ERC-1643 removeDocument; ST2-NOT-FOUND when there is no document of that name there. The security's issuer.
         *
         *     Roles: issuer, cash-issuer.
         */
        delete: operations["removeDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/partitions/{partition}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List one partition's documents
         * @description The documents set for this partition (ERC-1410 / ERC-1643), with URI, hash and time.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["listPartitionDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/partitions/{partition}/documents/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one document of one partition
         * @description ERC-1643 getDocument: its URI, hash and the time it was last set.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["readPartitionDocument"];
        /**
         * Set a document of one partition
         * @description ERC-1643 setDocument: URI (optional for a document known by its hash alone) and SHA-256 hash; replaces a document of the same name. The security's issuer.
         *
         *     Roles: issuer, cash-issuer.
         */
        put: operations["setPartitionDocument"];
        post?: never;
        /**
         * Remove a document of one partition
         * @description ERC-1643 removeDocument; ST2-NOT-FOUND when there is no document of that name there. The security's issuer.
         *
         *     Roles: issuer, cash-issuer.
         */
        delete: operations["removePartitionDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause every transfer of the security
         * @description Roles: issuer, agent, cash-issuer.
         */
        post: operations["pauseSecurity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/unpause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume transfers
         * @description Roles: issuer, agent, cash-issuer.
         */
        post: operations["unpauseSecurity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/issuances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue (mint) units to an identity
         * @description The recipient must pass the security's recipient-side rules (claims, jurisdiction, caps).
         *
         *     Roles: issuer, agent, cash-issuer.
         */
        post: operations["issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeem (burn) units from a holding
         * @description Roles: issuer, agent, cash-issuer.
         */
        post: operations["redeem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/holders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Holders of a security
         * @description Identities with a positive balance, sorted by id, paged.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, regulator, cash-issuer.
         */
        get: operations["holdersOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/holdings/{holder}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Position of one holder in one security
         * @description Total, free, frozen and held amounts (free = total - frozen - held) and the balance by partition, zero when the identity holds none. An investor may ask only for itself, through the org that onboarded it.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["positionOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/holdings/{holder}/partitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a holder's units between two of its partitions (agent with the partition power)
         * @description E.g. `{ "from": "locked", "to": "default", "amount": "100" }` releases 100 locked units. The balance does not change, and no transfer rule is judged; more than the partition holds is 422 ST2-INSUFFICIENT-BALANCE (`details.partition`).
         *
         *     Roles: issuer, agent, cash-issuer.
         */
        post: operations["changePartition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer units from the calling investor
         * @description Every rule of the security applies; a refusal is 422 with its reason code.
         *
         *     Roles: investor.
         */
        post: operations["transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfers/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dry-run a transfer
         * @description The same rules on the same state a transfer would see; writes nothing. Answers whether it is allowed, else the reason code, with every rule's verdict, the ERC-1066 status code (0x51 Transfer Successful when allowed, as ERC-1594 canTransfer) and the ledger position it was decided at.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        post: operations["checkTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfers/forced": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Force a transfer (issuer or transfer agent)
         * @description Bypasses the holder rules (lock-up, claims, freezes) but never the balance.
         *
         *     Roles: issuer, agent, cash-issuer.
         */
        post: operations["forcedTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfer-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the conditional transfers one holder requested, in every security
         * @description By security, then transfer id, paged, every status. An investor may ask only for itself.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["listHolderTransferRequests"];
        put?: never;
        /**
         * Request a transfer that needs an agent's approval (calling investor)
         * @description Nothing moves until an agent with the approve power approves it before `validUntil` (at most 90 days ahead); the rules are judged at approval.
         *
         *     Roles: investor.
         */
        post: operations["requestTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/transfer-requests/{transferId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a conditional transfer and its status
         * @description Requested, approved (executed) or rejected, its validity window and who decided. An investor reads only the requests it sends or receives.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["readTransferRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/transfer-requests/{transferId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a requested transfer, which executes it now (agent with the approve power)
         * @description Every rule of a holder transfer is checked at this moment; a refusal (422 with the rule's code) leaves the request open. Past its validity window: 422 ST2-REQUEST-EXPIRED; already approved or rejected: 422 ST2-REQUEST-CLOSED.
         *
         *     Roles: issuer, agent, cash-issuer.
         */
        post: operations["approveTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/transfer-requests/{transferId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a requested transfer (agent with the approve power)
         * @description Nothing moves; the request is closed for good (a later approval is 422 ST2-REQUEST-CLOSED).
         *
         *     Roles: issuer, agent, cash-issuer.
         */
        post: operations["rejectTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/transfer-requests/{transferId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a transfer request (the investor that requested it)
         * @description Closes the request as cancelled; nothing moves. Someone else's request: 403 ST2-UNAUTHORIZED; one already approved, rejected or cancelled: 422 ST2-REQUEST-CLOSED.
         *
         *     Roles: investor.
         */
        post: operations["cancelTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/transfer-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a security's conditional transfers
         * @description By transfer id, paged, every status; with `holder`, only the requests that identity made. An investor must pass `holder` = itself.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["listSecurityTransferRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfers/operator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a holder's units as its operator
         * @description The caller (org, id) must be an operator `from` authorised and has not revoked (403 ST2-NOT-OPERATOR); past its limit, 422 ST2-OPERATOR-LIMIT. Every rule of a holder transfer applies with `from` as the sender; the Transferred event names the operator.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, cash-issuer.
         */
        post: operations["operatorTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/operators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A holder's operators for a security
         * @description The operators the holder has authorised and not revoked, with their limit and what they have moved. An investor may ask only for itself.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["listOperators"];
        put?: never;
        /**
         * Authorise an operator for the calling holder's units of a security
         * @description By the holder itself (`holder` is the caller). `operator` is a party (org, id); `limit`, when given, is the most it may move in all; `partition`, when given, the one partition it may move (else every one). Authorising the same operator again replaces the authorisation (what it moved counts from zero).
         *
         *     Roles: investor.
         */
        post: operations["authorizeOperator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/operators/{holder}/{org}/{operatorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an operator
         * @description By the holder itself. Immediate: any operator transfer ordered after this transaction is 403 ST2-NOT-OPERATOR.
         *
         *     Roles: investor.
         */
        delete: operations["revokeOperator"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue, transfer, force, freeze, unfreeze, redeem, recover and change partitions in one transaction, all or nothing
         * @description Up to 100 items of one security (more is a 400), each decided as alone on the state the items before it left. The first refused item refuses the whole batch with its own reason code; `details.item` is its index, `details.kind` its kind. Investors batch transfers from their own holding; agents need each item's power.
         *
         *     Roles: issuer, agent, investor.
         */
        post: operations["batch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/holdings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Holdings of an identity
         * @description Every security it holds a positive balance of. An investor may ask only for itself, and without `holder` it is the one asked about; other roles name the holder.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["holdingsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Holds, filtered by holder, security, status and the org that placed them, paged
         * @description By hold id. A custodian lists the holds its desk keeps on its clients' holdings with `placedBy` (its MSP id); an investor lists only holds on its own holding (`holder` itself).
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["listHolds"];
        put?: never;
        /**
         * Place a hold on part of a holding (agent or custodian with the hold power)
         * @description Reserves `amount` of the holder's available units (neither frozen nor held) for `beneficiary` until `expiresAt` (at most a year ahead). Held units move by no path: transfers, batches, approvals, redemptions, forced transfers and recoveries are refused with ST2-HELD.
         *
         *     Roles: issuer, agent, custodian.
         */
        post: operations["placeHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/holds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a hold and its status
         * @description Active, released, executed or expired; an active hold past its expiry no longer counts (`lapsed`). An investor reads only holds on its own holding or for it.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["readHold"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/holds/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release a hold: its units are available again, nothing moves (agent or custodian with the hold power)
         * @description A hold whose expiry has passed is closed as expired. Already closed: 422 ST2-HOLD-CLOSED.
         *
         *     Roles: issuer, agent, custodian.
         */
        post: operations["releaseHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/holds/{id}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute a hold: its units move to the beneficiary (agent or custodian with the hold power)
         * @description The movement obeys every rule of a holder transfer from the holder to the beneficiary; a refusal (422 with the rule's code) leaves the hold active. Expired: 422 ST2-HOLD-EXPIRED; already closed: 422 ST2-HOLD-CLOSED.
         *
         *     Roles: issuer, agent, custodian.
         */
        post: operations["executeHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/holds/{id}/expire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a hold whose expiry has passed (anyone who writes)
         * @description It stopped counting when it expired; this records it as expired. Not expired yet: 422 ST2-HOLD-NOT-EXPIRED.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, cash-issuer.
         */
        post: operations["expireHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Settlement instructions of a party
         * @description Every instruction the identity is the seller or the buyer of, by id, paged (public fields: no price). An investor may ask only for itself.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["settlementsOf"];
        put?: never;
        /**
         * Propose a settlement instruction: delivery versus payment, or free of payment without a cash leg (calling investor, seller or buyer)
         * @description The seller delivers the `securities` leg, the buyer pays the `cash` leg (any security: a cash token) by `settleBy`. The `price` stays private: it goes to the two parties' org collections and the audit collection, the ledger keeps its SHA-256. Nothing is held until each side affirms.
         *
         *     Roles: investor.
         */
        post: operations["proposeSettlement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settlements/netting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Settle several affirmed instructions between the same two parties at once, moving only the net amounts (a party)
         * @description Every rule is checked for every leg of every instruction in order; the first refusal refuses all of them (its instruction and leg in the details). Instructions between other parties: 422 ST2-NETTING-MISMATCH.
         *
         *     Roles: investor.
         */
        post: operations["settleNetted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settlements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a settlement instruction and its status
         * @description Staff of any org see the public instruction (the price's hash only); the `price` is added for the parties' organisations and the regulator. An investor reads only its own instructions.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["readSettlement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settlements/{id}/affirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Affirm a settlement instruction for the caller's side (seller or buyer)
         * @description Holds the leg the side delivers on its holding until the settlement date (422 ST2-INSUFFICIENT-BALANCE with `details.leg` when it is not available). Twice: 422 ST2-ALREADY-AFFIRMED.
         *
         *     Roles: investor.
         */
        post: operations["affirmSettlement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settlements/{id}/settle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Settle an instruction both sides affirmed: both legs move in one transaction, or neither (a party)
         * @description Every rule of a holder transfer is checked for each leg; a refusal (422 with the rule's code, `details.leg` naming `securities` or `cash`) changes nothing. Not affirmed by both: 422 ST2-SETTLEMENT-NOT-AFFIRMED; past its settlement date: 422 ST2-SETTLEMENT-EXPIRED; closed: 422 ST2-SETTLEMENT-CLOSED.
         *
         *     Roles: investor.
         */
        post: operations["settle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settlements/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an open settlement instruction (a party)
         * @description Releases the holds its affirmations placed; nothing moves.
         *
         *     Roles: investor.
         */
        post: operations["cancelSettlement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settlements/{id}/expire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fail an instruction whose settlement date passed unsettled (anyone who writes)
         * @description Records it as failed with the reason and releases its holds (which stopped counting at the date already). Before the date: 422 ST2-SETTLEMENT-NOT-DUE.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, cash-issuer.
         */
        post: operations["expireSettlement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/confidential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A confidential security's public pool: roots and supply
         * @description Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["readPool"];
        put?: never;
        /**
         * Put a security into confidential mode (issuer or agent)
         * @description From then on its units are notes whose amounts and owners the ledger does not show, moved only by proofs; plain issuance and transfers are refused (ST2-CONFIDENTIAL-MODE). Only a security with no plain supply.
         *
         *     Roles: issuer, agent, cash-issuer.
         */
        post: operations["enableConfidential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/confidential/allowlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The KYC allowlist of a confidential security
         * @description Its leaves (investors' public keys) in tree order and its root: what a prover needs for the outputs' membership paths.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["readAllowlist"];
        put?: never;
        /**
         * Rebuild the KYC allowlist of a confidential security (issuer or agent)
         * @description The investors whose identity passes the security's rules now and who registered a confidential key; expired or revoked claims leave it. Proofs must name the new root from then on.
         *
         *     Roles: issuer, agent, cash-issuer.
         */
        post: operations["refreshAllowlist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/securities/{id}/confidential/leaves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sealed notes of a confidential security, in tree order
         * @description Commitments from tree index `from` on, a page at a time (fewer than a full page: the end). A prover keeps its copy of the note tree by asking only for what is new.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["readLeaves"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identities/{id}/confidential-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register an investor's confidential public key
         * @description The public key and its viewing key, computed where the secret lives. Once per identity; an investor registers its own, its bank's staff those of their clients. The gateway seals the viewing key to this bank's key and the auditor's (they compute which of the holder's notes are spent; it spends nothing). It enters allowlists at their next refresh.
         *
         *     Roles: investor, admin, agent, custodian.
         */
        post: operations["registerKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orgs/{id}/opening-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An org's registered opening key
         * @description Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["readOrgKey"];
        put?: never;
        /**
         * Register an org's opening key (an admin)
         * @description The X25519 public key note openings for the org's collection are sealed to; the gateway of that org holds the private key. Immutable once registered (the same key again is accepted, another is refused with ST2-ORG-KEY-EXISTS). The regulator's org cannot write, so a member's admin registers its key, once, with `auditor: true`.
         *
         *     Roles: admin.
         */
        post: operations["registerOrgKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/confidential/audit-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The auditor's registered opening key
         * @description Provers seal every note opening to it as well as to the note's bank.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["readAuditKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/confidential/mint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mint a confidential note (issuer or agent)
         * @description The gateway proves for `to` (public key in the allowlist), or submits `proven`, a proof the client made. The amount is public; the owner is not.
         *
         *     Roles: issuer, agent, cash-issuer.
         */
        post: operations["mintConfidential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/confidential/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer confidentially
         * @description Spends one or two notes of `from` (its secret goes only to its own bank's gateway, which proves), paying `amount` to `to` with change back; or submits `proven`, a proof the client made. The ledger sees nullifiers and commitments only.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, cash-issuer.
         */
        post: operations["transferConfidential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/confidential/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeem a confidential note (issuer or agent)
         * @description Burns `amount` of a note (public), the change stays with its owner; gateway-proven from the owner's secret, or `proven` by the client.
         *
         *     Roles: issuer, agent, cash-issuer.
         */
        post: operations["redeemConfidential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/confidential/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A holder's confidential notes and balance
         * @description From the note openings in the caller's org collection (its own clients; the regulator: the audit collection), decrypted with this gateway's org key. `spent` is computed from the public nullifier set and the owner's viewing key (sealed to its bank and the auditor at key registration), never from what a submitter declares. An investor sees the notes of its own registered key only.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["listConfidentialNotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a cash instrument (cash issuer)
         * @description A security with `terms: { kind: "cash", currency }` and no ISIN; the calling cash issuer is its issuer. Rules that make no sense for money (lock-up, holding period, accredited only, holder caps, approval, fee, venue limits) are 422 ST2-RULE-NOT-APPLICABLE.
         *
         *     Roles: cash-issuer.
         */
        post: operations["createCash"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cash/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a security
         * @description Its definition, supply and holder count, and status (active, paused, or matured from its maturity date on).
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["readCash"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cash/{id}/issuances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue cash to a verified identity (cash issuer)
         * @description Only under the cash-issuer role (an agent's issue or redeem power does not mint or burn money: 422 ST2-UNAUTHORIZED).
         *
         *     Roles: cash-issuer.
         */
        post: operations["issueCash"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cash/{id}/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeem cash from a holding (cash issuer)
         * @description Only under the cash-issuer role (an agent's issue or redeem power does not mint or burn money: 422 ST2-UNAUTHORIZED).
         *
         *     Roles: cash-issuer.
         */
        post: operations["redeemCash"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cash/{id}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay cash from the calling investor
         * @description A transfer of the cash instrument: its rules (KYC, jurisdictions, party lists, balance and window limits) apply as to any security.
         *
         *     Roles: investor.
         */
        post: operations["transferCash"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cash/{id}/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Holders of a security
         * @description Identities with a positive balance, sorted by id, paged.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, regulator, cash-issuer.
         */
        get: operations["cashBalances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cash/{id}/balances/{holder}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Position of one holder in one security
         * @description Total, free, frozen and held amounts (free = total - frozen - held) and the balance by partition, zero when the identity holds none. An investor may ask only for itself, through the org that onboarded it.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, investor, regulator, cash-issuer.
         */
        get: operations["cashBalanceOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/custody/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The custody accounts of the caller's org, paged
         * @description From the custodian's read model, by account id, with each account's last reconciliation check.
         *
         *     Roles: custodian.
         */
        get: operations["listAccounts"];
        put?: never;
        /**
         * Open a custody account (custodian)
         * @description `accountType` segregated (one beneficial owner, `owner`, kept privately) or omnibus (many). The account is an identity of the custodian's org; it needs the security's required claims (the custodian's own KYC) to receive units.
         *
         *     Roles: custodian.
         */
        post: operations["openAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/custody/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a custody account, its public holdings and its last reconciliation check
         * @description For the custodian's org and the regulator; anyone else 403. `lastCheck` is the custodian read model's check after the last block that moved the account (on the custodian's gateway).
         *
         *     Roles: custodian, admin, agent, regulator.
         */
        get: operations["readAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/custody/accounts/{id}/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Positions per beneficial owner in a custody account, paged
         * @description The custodian's org reads them from its gateway's custody read model (re-read from its own peer after every block that moved the account); the regulator from the audit collection through its peer; anyone else 403. Sorted by security, then owner.
         *
         *     Roles: custodian, regulator.
         */
        get: operations["positions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/custody/accounts/{id}/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reconcile a custody account: sub-ledger sum against public balance, per security
         * @description Decided by the chaincode on the caller's peer (custodian's org or regulator), on one ledger state.
         *
         *     Roles: custodian, regulator.
         */
        get: operations["reconciliation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/custody/deposits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a holder's units into custody, as its operator (custodian)
         * @description The custodian must be an operator of `from` (POST /v1/securities/:id/operators); every rule applies with `from` as sender and the beneficial `owner` as recipient.
         *
         *     Roles: custodian.
         */
        post: operations["deposit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/custody/withdrawals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver a beneficial owner's units out of custody (custodian)
         * @description Every rule applies with the owner as sender and `to` as recipient.
         *
         *     Roles: custodian.
         */
        post: operations["withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/custody/moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move units between beneficial owners of an omnibus account (custodian)
         * @description No public movement: a private sub-ledger entry, every rule checked between the two owners; the public event says only which jurisdictions' holder counts moved.
         *
         *     Roles: custodian.
         */
        post: operations["move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every domain event, filtered and paged
         * @description In ledger order. Filters combine; a sparse filter may return a short page with a cursor to continue. Each row's `seq` is a cursor: the audit stream (`GET /v1/audit/stream?cursor=` or `Last-Event-ID`) goes on after it.
         *
         *     Roles: regulator.
         */
        get: operations["auditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/transactions/{txId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One transaction and its events
         * @description Roles: regulator.
         */
        get: operations["auditTransaction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/securities/{id}/holders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cap table of a security
         * @description Each holder's whole holding (lots, freezes, daily counter) with its public identity.
         *
         *     Roles: regulator.
         */
        get: operations["auditHolders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream the audit log, filtered
         * @description Server-Sent Events, one `transaction` event per committed transaction: id `<block>.<txIndex>`, data `{ txId, blockNumber, txIndex, timestamp, events }`. Reconnect with Last-Event-ID to resume exactly after the last one received. Only events matching every given filter are sent.
         *
         *     Roles: regulator.
         */
        get: operations["auditStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream every committed transaction
         * @description Server-Sent Events, one `transaction` event per committed transaction: id `<block>.<txIndex>`, data `{ txId, blockNumber, txIndex, timestamp, events }`. Reconnect with Last-Event-ID to resume exactly after the last one received.
         *
         *     Roles: admin, issuer, agent, claim-issuer, custodian, regulator, cash-issuer.
         */
        get: operations["eventStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        DomainEvent: {
            /** @enum {string} */
            type: "ClaimIssuerTrusted";
            /** @enum {number} */
            v: 2;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            issuer: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            topics: string[];
        } | {
            /** @enum {string} */
            type: "ClaimIssuerTopicsSet";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            issuer: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            topics: string[];
        } | {
            /** @enum {string} */
            type: "ClaimIssuerRemoved";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            issuer: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
        } | {
            /** @enum {string} */
            type: "IdentityRegistered";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            identityId: string;
            /**
             * @description Organisation (MSP id)
             * @example Bank1MSP
             */
            org: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            investor: string;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example DE
             */
            jurisdiction: string;
            investorType: "retail" | "professional" | "institutional";
            /**
             * @description SHA-256 digest, lowercase hex
             * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
             */
            recordHash: string;
        } | {
            /** @enum {string} */
            type: "ClaimAdded";
            /** @enum {number} */
            v: 2;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            identityId: string;
            /**
             * @description Claim topic, e.g. kyc, aml, accredited
             * @example kyc
             */
            topic: string;
            issuer: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            expiresAt: number;
            /**
             * @description SHA-256 digest, lowercase hex
             * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
             */
            evidenceHash: string;
        } | {
            /** @enum {string} */
            type: "ClaimRevoked";
            /** @enum {number} */
            v: 2;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            identityId: string;
            /**
             * @description Claim topic, e.g. kyc, aml, accredited
             * @example kyc
             */
            topic: string;
            issuer: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
        } | {
            /** @enum {string} */
            type: "SecurityCreated";
            /** @enum {number} */
            v: 3;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            security: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                name: string;
                isin?: string;
                issuer: {
                    /**
                     * @description Organisation (MSP id)
                     * @example Bank1MSP
                     */
                    org: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    id: string;
                };
                agents: {
                    /**
                     * @description Organisation (MSP id)
                     * @example Bank1MSP
                     */
                    org: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    id: string;
                    powers: ("issue" | "redeem" | "freeze" | "force" | "recover" | "pause" | "approve" | "partition" | "hold")[];
                }[];
                decimals: number;
                terms: {
                    /** @enum {string} */
                    kind: "equity";
                    shareClass: string;
                    votingRights: boolean;
                    /**
                     * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    parValue: string;
                    currency: string;
                } | {
                    /** @enum {string} */
                    kind: "debt";
                    /**
                     * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    faceValue: string;
                    currency: string;
                    couponRateBps: number;
                    couponFrequency: "annual" | "semiannual" | "quarterly" | "monthly";
                    /**
                     * @description Milliseconds since the Unix epoch
                     * @example 1893456000000
                     */
                    maturityDate: number;
                    /**
                     * @description Milliseconds since the Unix epoch
                     * @example 1893456000000
                     */
                    issueDate?: number;
                    /** @description Day count of the coupons (default 30/360): 30/360 is ISDA Bond Basis */
                    dayCount?: "ACT/360" | "ACT/365F" | "30/360" | "ACT/ACT-ICMA";
                    /** @description Where a payment date on a weekend moves (default modified-following) */
                    businessDayConvention?: "following" | "modified-following" | "preceding" | "unadjusted";
                    floating?: {
                        /** @example EURIBOR-3M */
                        reference: string;
                        /** @description Added to the observed reference rate, in basis points */
                        spreadBps: number;
                    };
                } | {
                    /** @enum {string} */
                    kind: "hybrid";
                    /**
                     * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    faceValue: string;
                    currency: string;
                    couponRateBps: number;
                    couponFrequency: "annual" | "semiannual" | "quarterly" | "monthly";
                    /**
                     * @description Milliseconds since the Unix epoch
                     * @example 1893456000000
                     */
                    maturityDate: number;
                    /**
                     * @description Milliseconds since the Unix epoch
                     * @example 1893456000000
                     */
                    issueDate?: number;
                    /** @description Day count of the coupons (default 30/360): 30/360 is ISDA Bond Basis */
                    dayCount?: "ACT/360" | "ACT/365F" | "30/360" | "ACT/ACT-ICMA";
                    /** @description Where a payment date on a weekend moves (default modified-following) */
                    businessDayConvention?: "following" | "modified-following" | "preceding" | "unadjusted";
                    floating?: {
                        /** @example EURIBOR-3M */
                        reference: string;
                        /** @description Added to the observed reference rate, in basis points */
                        spreadBps: number;
                    };
                    conversion: {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        equitySecurityId: string;
                        ratioNumerator: number;
                        ratioDenominator: number;
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        windowStart: number;
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        windowEnd: number;
                    };
                } | {
                    /** @enum {string} */
                    kind: "cash";
                    /** @description ISO 4217 currency code, e.g. EUR */
                    currency: string;
                };
                rules: {
                    requiredClaims: string[];
                    allowedJurisdictions?: string[];
                    blockedJurisdictions?: string[];
                    maxHolders?: number;
                    /**
                     * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    maxBalance?: string;
                    /**
                     * @description Milliseconds since the Unix epoch
                     * @example 1893456000000
                     */
                    lockupUntil?: number;
                    minHoldingPeriodMs?: number;
                    accreditedOnly?: boolean;
                    /**
                     * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    dailyLimit?: string;
                    /**
                     * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    maxSupply?: string;
                    allowedParties?: string[];
                    blockedParties?: string[];
                    maxHoldersPerJurisdiction?: {
                        [key: string]: number;
                    };
                    /** @enum {boolean} */
                    approvalRequired?: true;
                    transferLimits?: ({
                        /** @description Window length in milliseconds (86400000: a UTC day) */
                        windowMs: number;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        maxAmount: string;
                        /** @description Most transfers a holder may send per window */
                        maxCount?: number;
                    } | {
                        /** @description Window length in milliseconds (86400000: a UTC day) */
                        windowMs: number;
                        /** @description Most transfers a holder may send per window */
                        maxCount: number;
                    })[];
                    transferFee?: {
                        /** @description Fee in basis points (1/100 of a percent) of each transfer */
                        bps: number;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        collector: string;
                    };
                    venueLimits?: {
                        venues: string[];
                        limits: ({
                            /** @description Window length in milliseconds (86400000: a UTC day) */
                            windowMs: number;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            maxAmount: string;
                            /** @description Most transfers a holder may send per window */
                            maxCount?: number;
                        } | {
                            /** @description Window length in milliseconds (86400000: a UTC day) */
                            windowMs: number;
                            /** @description Most transfers a holder may send per window */
                            maxCount: number;
                        })[];
                    };
                    partitionRules?: {
                        [key: string]: {
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            lockupUntil?: number;
                            allowedJurisdictions?: string[];
                            blockedJurisdictions?: string[];
                            convert?: {
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                at: number;
                                /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                                into: string;
                            };
                        };
                    };
                };
                paused: boolean;
                /** @enum {boolean} */
                confidential?: true;
                documents: {
                    name: string;
                    /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                    partition?: string;
                    uri?: string;
                    /**
                     * @description SHA-256 digest, lowercase hex
                     * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                     */
                    hash: string;
                    /**
                     * @description Milliseconds since the Unix epoch
                     * @example 1893456000000
                     */
                    attachedAt: number;
                }[];
                /**
                 * @description Milliseconds since the Unix epoch
                 * @example 1893456000000
                 */
                createdAt: number;
                snapshots?: {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    id: string;
                    /**
                     * @description Milliseconds since the Unix epoch
                     * @example 1893456000000
                     */
                    recordTime: number;
                }[];
            };
        } | {
            /** @enum {string} */
            type: "AgentAdded";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            agent: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                powers: ("issue" | "redeem" | "freeze" | "force" | "recover" | "pause" | "approve" | "partition" | "hold")[];
            };
        } | {
            /** @enum {string} */
            type: "AgentRemoved";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            agent: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
        } | {
            /** @enum {string} */
            type: "RulesSet";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            rules: {
                requiredClaims: string[];
                allowedJurisdictions?: string[];
                blockedJurisdictions?: string[];
                maxHolders?: number;
                /**
                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                 * @example 1000
                 */
                maxBalance?: string;
                /**
                 * @description Milliseconds since the Unix epoch
                 * @example 1893456000000
                 */
                lockupUntil?: number;
                minHoldingPeriodMs?: number;
                accreditedOnly?: boolean;
                /**
                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                 * @example 1000
                 */
                dailyLimit?: string;
                /**
                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                 * @example 1000
                 */
                maxSupply?: string;
                allowedParties?: string[];
                blockedParties?: string[];
                maxHoldersPerJurisdiction?: {
                    [key: string]: number;
                };
                /** @enum {boolean} */
                approvalRequired?: true;
                transferLimits?: ({
                    /** @description Window length in milliseconds (86400000: a UTC day) */
                    windowMs: number;
                    /**
                     * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    maxAmount: string;
                    /** @description Most transfers a holder may send per window */
                    maxCount?: number;
                } | {
                    /** @description Window length in milliseconds (86400000: a UTC day) */
                    windowMs: number;
                    /** @description Most transfers a holder may send per window */
                    maxCount: number;
                })[];
                transferFee?: {
                    /** @description Fee in basis points (1/100 of a percent) of each transfer */
                    bps: number;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    collector: string;
                };
                venueLimits?: {
                    venues: string[];
                    limits: ({
                        /** @description Window length in milliseconds (86400000: a UTC day) */
                        windowMs: number;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        maxAmount: string;
                        /** @description Most transfers a holder may send per window */
                        maxCount?: number;
                    } | {
                        /** @description Window length in milliseconds (86400000: a UTC day) */
                        windowMs: number;
                        /** @description Most transfers a holder may send per window */
                        maxCount: number;
                    })[];
                };
                partitionRules?: {
                    [key: string]: {
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        lockupUntil?: number;
                        allowedJurisdictions?: string[];
                        blockedJurisdictions?: string[];
                        convert?: {
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            at: number;
                            /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                            into: string;
                        };
                    };
                };
            };
        } | {
            /** @enum {string} */
            type: "DocumentAttached";
            /** @enum {number} */
            v: 2;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            name: string;
            uri?: string;
            /**
             * @description SHA-256 digest, lowercase hex
             * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
             */
            hash: string;
            /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
            partition?: string;
        } | {
            /** @enum {string} */
            type: "DocumentRemoved";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            name: string;
            /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
            partition?: string;
        } | {
            /** @enum {string} */
            type: "SecurityPaused";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
        } | {
            /** @enum {string} */
            type: "SecurityUnpaused";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
        } | {
            /** @enum {string} */
            type: "Issued";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            to: string;
            /**
             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
             * @example 1000
             */
            amount: string;
            /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
            partition?: string;
        } | {
            /** @enum {string} */
            type: "Redeemed";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            from: string;
            /**
             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
             * @example 1000
             */
            amount: string;
            /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
            partition?: string;
        } | {
            /** @enum {string} */
            type: "Transferred";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            from: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            to: string;
            /**
             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
             * @example 1000
             */
            amount: string;
            forced: boolean;
            /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
            partition?: string;
            operator?: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
        } | {
            /** @enum {string} */
            type: "TransferFeeCharged";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            payer: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            collector: string;
            /**
             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
             * @example 1000
             */
            amount: string;
            bps: number;
            /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
            partition?: string;
        } | {
            /** @enum {string} */
            type: "HoldingFrozen";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            holder: string;
            /**
             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
             * @example 1000
             */
            amount: string | null;
        } | {
            /** @enum {string} */
            type: "HoldingUnfrozen";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            holder: string;
            /**
             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
             * @example 1000
             */
            amount: string | null;
        } | {
            /** @enum {string} */
            type: "HoldingRecovered";
            /** @enum {number} */
            v: 2;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            lost: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            replacement: string;
            /**
             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
             * @example 1000
             */
            amount: string;
            frozen: boolean;
            /**
             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
             * @example 1000
             */
            frozenAmount: string;
            lots: {
                /**
                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                 * @example 1000
                 */
                amount: string;
                /**
                 * @description Milliseconds since the Unix epoch
                 * @example 1893456000000
                 */
                acquiredAt: number;
            }[];
            deactivated: boolean;
            partitions?: {
                /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                partition: string;
                /**
                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                 * @example 1000
                 */
                amount: string;
            }[];
        } | {
            /** @enum {string} */
            type: "TransferRequested";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            transferId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            from: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            to: string;
            /**
             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
             * @example 1000
             */
            amount: string;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            validUntil: number;
            /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
            partition?: string;
        } | {
            /** @enum {string} */
            type: "TransferApproved";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            transferId: string;
            by: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
        } | {
            /** @enum {string} */
            type: "TransferRejected";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            transferId: string;
            by: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
        } | {
            /** @enum {string} */
            type: "ConsortiumChangeApproved";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /** @description What a consortium change is about: issuer:<org>:<id>, org:<org> or admins */
            subject: string;
            change: {
                /** @enum {string} */
                kind: "TrustClaimIssuer";
                issuer: {
                    /**
                     * @description Organisation (MSP id)
                     * @example Bank1MSP
                     */
                    org: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    id: string;
                };
                topics: string[];
            } | {
                /** @enum {string} */
                kind: "SetClaimIssuerTopics";
                issuer: {
                    /**
                     * @description Organisation (MSP id)
                     * @example Bank1MSP
                     */
                    org: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    id: string;
                };
                topics: string[];
            } | {
                /** @enum {string} */
                kind: "RemoveClaimIssuer";
                issuer: {
                    /**
                     * @description Organisation (MSP id)
                     * @example Bank1MSP
                     */
                    org: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    id: string;
                };
            } | {
                /** @enum {string} */
                kind: "SetOrgRoles";
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                roles: ("admin" | "issuer" | "agent" | "claim-issuer" | "custodian" | "investor" | "regulator" | "cash-issuer")[];
            } | {
                /** @enum {string} */
                kind: "SetConsortiumAdmins";
                admins: string[];
                approvals: number;
            };
            /**
             * @description Organisation (MSP id)
             * @example Bank1MSP
             */
            org: string;
            approvals: string[];
            required: number;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            expiresAt: number;
            executed: boolean;
        } | {
            /** @enum {string} */
            type: "ConsortiumPolicySet";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            policy: {
                orgs: {
                    [key: string]: {
                        roles: ("admin" | "issuer" | "agent" | "claim-issuer" | "custodian" | "investor" | "regulator" | "cash-issuer")[];
                        consortiumAdmin: boolean;
                        kind?: string;
                    };
                };
                approvals: number;
            };
        } | {
            /** @enum {string} */
            type: "ProposalCreated";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            proposal: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                securityId: string;
                title: string;
                options: string[];
                /**
                 * @description Milliseconds since the Unix epoch
                 * @example 1893456000000
                 */
                recordTime: number;
                /**
                 * @description Milliseconds since the Unix epoch
                 * @example 1893456000000
                 */
                closesAt: number;
                /** @description Basis points (1/100 of a percent) */
                quorumBps: number;
                /** @description Basis points (1/100 of a percent) */
                thresholdBps: number;
                createdBy: {
                    /**
                     * @description Organisation (MSP id)
                     * @example Bank1MSP
                     */
                    org: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    id: string;
                };
                tallies: string[];
                voters: number;
                status: "open" | "closed";
                result?: {
                    /**
                     * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    turnout: string;
                    /**
                     * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    eligible: string;
                    quorumMet: boolean;
                    winner: string | null;
                    passed: boolean;
                };
            };
        } | {
            /** @enum {string} */
            type: "VoteCast";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            proposalId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            voter: string;
            option: string;
            /**
             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
             * @example 1000
             */
            weight: string;
            previous: string | null;
        } | {
            /** @enum {string} */
            type: "SplitVoteCast";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            proposalId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            voter: string;
            splits: {
                option: string;
                /**
                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                 * @example 1000
                 */
                weight: string;
            }[];
            previous: boolean;
        } | {
            /** @enum {string} */
            type: "ProposalClosed";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            proposalId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            result: {
                /**
                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                 * @example 1000
                 */
                turnout: string;
                /**
                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                 * @example 1000
                 */
                eligible: string;
                quorumMet: boolean;
                winner: string | null;
                passed: boolean;
            };
        } | {
            /** @enum {string} */
            type: "TransferCancelled";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            transferId: string;
            by: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
        } | {
            /** @enum {string} */
            type: "PartitionChanged";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            holder: string;
            /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
            from: string;
            /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
            to: string;
            /**
             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
             * @example 1000
             */
            amount: string;
            by: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            } | null;
        } | {
            /** @enum {string} */
            type: "HoldPlaced";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            holdId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            holder: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            beneficiary: string;
            /**
             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
             * @example 1000
             */
            amount: string;
            reason: string;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            expiresAt: number;
            by: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
        } | {
            /** @enum {string} */
            type: "HoldReleased";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            holdId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            holder: string;
            /**
             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
             * @example 1000
             */
            amount: string;
            expired: boolean;
            by: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
        } | {
            /** @enum {string} */
            type: "HoldExecuted";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            holdId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            holder: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            beneficiary: string;
            /**
             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
             * @example 1000
             */
            amount: string;
            by: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
        } | {
            /** @enum {string} */
            type: "SettlementProposed";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            settlementId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            seller: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            buyer: string;
            securities: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                securityId: string;
                /**
                 * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                 * @example 1000
                 */
                amount: string;
            };
            cash?: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                securityId: string;
                /**
                 * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                 * @example 1000
                 */
                amount: string;
            };
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            settleBy: number;
            /**
             * @description SHA-256 digest, lowercase hex
             * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
             */
            priceHash?: string;
            by: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
        } | {
            /** @enum {string} */
            type: "SettlementAffirmed";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            settlementId: string;
            side: "seller" | "buyer";
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            holder: string;
            held?: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                securityId: string;
                /**
                 * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                 * @example 1000
                 */
                amount: string;
            };
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            settleBy: number;
            by: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
        } | {
            /** @enum {string} */
            type: "SettlementSettled";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            settlementId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            seller: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            buyer: string;
            securities: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                securityId: string;
                /**
                 * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                 * @example 1000
                 */
                amount: string;
            };
            cash?: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                securityId: string;
                /**
                 * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                 * @example 1000
                 */
                amount: string;
            };
            by: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
        } | {
            /** @enum {string} */
            type: "SettlementClosed";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            settlementId: string;
            status: "cancelled" | "failed";
            reason?: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            seller: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            buyer: string;
            securities: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                securityId: string;
                /**
                 * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                 * @example 1000
                 */
                amount: string;
            };
            cash?: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                securityId: string;
                /**
                 * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                 * @example 1000
                 */
                amount: string;
            };
            by: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
        } | {
            /** @enum {string} */
            type: "OperatorAuthorized";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            holder: string;
            operator: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            /**
             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
             * @example 1000
             */
            limit: string | null;
            /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
            partition?: string;
        } | {
            /** @enum {string} */
            type: "OperatorRevoked";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            holder: string;
            operator: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
        } | {
            /** @enum {string} */
            type: "CustodyAccountOpened";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            accountId: string;
            /**
             * @description Organisation (MSP id)
             * @example Bank1MSP
             */
            org: string;
            custodian: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            accountType: "segregated" | "omnibus";
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example DE
             */
            jurisdiction: string;
        } | {
            /** @enum {string} */
            type: "CustodyDeposited";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            accountId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            from: string;
            /**
             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
             * @example 1000
             */
            amount: string;
            operator?: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            owners: {
                /**
                 * @description ISO 3166-1 alpha-2 country code
                 * @example DE
                 */
                jurisdiction: string;
                delta: 1 | -1;
            }[];
        } | {
            /** @enum {string} */
            type: "CustodyWithdrawn";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            accountId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            to: string;
            /**
             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
             * @example 1000
             */
            amount: string;
            owners: {
                /**
                 * @description ISO 3166-1 alpha-2 country code
                 * @example DE
                 */
                jurisdiction: string;
                delta: 1 | -1;
            }[];
        } | {
            /** @enum {string} */
            type: "CustodyMoved";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            accountId: string;
            owners: {
                /**
                 * @description ISO 3166-1 alpha-2 country code
                 * @example DE
                 */
                jurisdiction: string;
                delta: 1 | -1;
            }[];
        } | {
            /** @enum {string} */
            type: "DistributionDeclared";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            distribution: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                securityId: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                cashSecurityId: string;
                rate: {
                    /**
                     * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    numerator: string;
                    /**
                     * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    denominator: string;
                };
                /**
                 * @description Milliseconds since the Unix epoch
                 * @example 1893456000000
                 */
                recordTime: number;
                /**
                 * @description Milliseconds since the Unix epoch
                 * @example 1893456000000
                 */
                paymentDate: number;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                payer: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                remainderAccount: string;
                declaredBy: {
                    /**
                     * @description Organisation (MSP id)
                     * @example Bank1MSP
                     */
                    org: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    id: string;
                };
                /**
                 * @description Milliseconds since the Unix epoch
                 * @example 1893456000000
                 */
                declaredAt: number;
                status: "declared" | "closed";
                paidHolders: number;
                /**
                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                 * @example 1000
                 */
                paidUnits: string;
                /**
                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                 * @example 1000
                 */
                paidAmount: string;
                /**
                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                 * @example 1000
                 */
                eligibleUnits?: string;
                /**
                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                 * @example 1000
                 */
                declaredTotal?: string;
                /**
                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                 * @example 1000
                 */
                remainder?: string;
                coupon?: number;
            };
        } | {
            /** @enum {string} */
            type: "DistributionPaid";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            distributionId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            cashSecurityId: string;
            payments: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                holder: string;
                /**
                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                 * @example 1000
                 */
                units: string;
                /**
                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                 * @example 1000
                 */
                amount: string;
            }[];
        } | {
            /** @enum {string} */
            type: "DistributionClosed";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            distributionId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            cashSecurityId: string;
            /**
             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
             * @example 1000
             */
            eligibleUnits: string;
            /**
             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
             * @example 1000
             */
            declaredTotal: string;
            /**
             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
             * @example 1000
             */
            remainder: string;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            remainderAccount: string;
        } | {
            /** @enum {string} */
            type: "ConfidentialEnabled";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /** @description BN254 field element, canonical decimal string */
            noteRoot: string;
            /** @description BN254 field element, canonical decimal string */
            kycRoot: string;
            depth: number;
        } | {
            /** @enum {string} */
            type: "ConfidentialKeyRegistered";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            identityId: string;
            /** @description BN254 field element, canonical decimal string */
            publicKey: string;
        } | {
            /** @enum {string} */
            type: "OrgKeyRegistered";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /** @description MSP id */
            org: string;
            /** @description X25519 public key, 32 bytes, base64 */
            publicKey: string;
            auditor: boolean;
        } | {
            /** @enum {string} */
            type: "AllowlistRefreshed";
            /** @enum {number} */
            v: 2;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /** @description BN254 field element, canonical decimal string */
            kycRoot: string;
            leaves: string[];
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            validUntil?: number;
            trustRevision: number;
        } | {
            /** @enum {string} */
            type: "ConfidentialMinted";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
             * @example 1000
             */
            amount: string;
            /** @description BN254 field element, canonical decimal string */
            commitment: string;
        } | {
            /** @enum {string} */
            type: "ConfidentialTransferred";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            nullifiers: string[];
            commitments: string[];
            /** @description BN254 field element, canonical decimal string */
            noteRoot: string;
        } | {
            /** @enum {string} */
            type: "ConfidentialRedeemed";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            /**
             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
             * @example 1000
             */
            amount: string;
            /** @description BN254 field element, canonical decimal string */
            nullifier: string;
            /** @description BN254 field element, canonical decimal string */
            changeCommitment: string;
        } | {
            /** @enum {string} */
            type: "NotesSealed";
            /** @enum {number} */
            v: 1;
            /**
             * @description Milliseconds since the Unix epoch
             * @example 1893456000000
             */
            at: number;
            /**
             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
             * @example acme
             */
            securityId: string;
            firstIndex: number;
            commitments: string[];
            /** @description BN254 field element, canonical decimal string */
            noteRoot: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    registerIdentity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    identityId: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    investor: string;
                    /**
                     * @description ISO 3166-1 alpha-2 country code
                     * @example DE
                     */
                    jurisdiction: string;
                    investorType: "retail" | "professional" | "institutional";
                    record: {
                        name: string;
                        birthDate?: string;
                        address?: string;
                        email?: string;
                        documents?: {
                            kind: string;
                            reference: string;
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    readIdentity: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        identity: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            id: string;
                            /**
                             * @description Organisation (MSP id)
                             * @example Bank1MSP
                             */
                            org: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            investor: string;
                            /**
                             * @description ISO 3166-1 alpha-2 country code
                             * @example DE
                             */
                            jurisdiction: string;
                            investorType: "retail" | "professional" | "institutional";
                            /**
                             * @description SHA-256 digest, lowercase hex
                             * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                             */
                            recordHash: string;
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            registeredAt: number;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            recoveredTo?: string;
                            claims: {
                                [key: string]: {
                                    /**
                                     * @description Claim topic, e.g. kyc, aml, accredited
                                     * @example kyc
                                     */
                                    topic: string;
                                    issuer: {
                                        /**
                                         * @description Organisation (MSP id)
                                         * @example Bank1MSP
                                         */
                                        org: string;
                                        /**
                                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                         * @example acme
                                         */
                                        id: string;
                                    };
                                    /**
                                     * @description Milliseconds since the Unix epoch
                                     * @example 1893456000000
                                     */
                                    issuedAt: number;
                                    /**
                                     * @description Milliseconds since the Unix epoch
                                     * @example 1893456000000
                                     */
                                    expiresAt: number;
                                    revoked: boolean;
                                    /**
                                     * @description SHA-256 digest, lowercase hex
                                     * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                                     */
                                    evidenceHash: string;
                                }[];
                            };
                            custody?: {
                                custodian: {
                                    /**
                                     * @description Organisation (MSP id)
                                     * @example Bank1MSP
                                     */
                                    org: string;
                                    /**
                                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                     * @example acme
                                     */
                                    id: string;
                                };
                                kind: "segregated" | "omnibus";
                            };
                        };
                        record?: {
                            name: string;
                            birthDate?: string;
                            address?: string;
                            email?: string;
                            documents?: {
                                kind: string;
                                reference: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    addClaim: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Claim topic, e.g. kyc, aml, accredited
                     * @example kyc
                     */
                    topic: string;
                    /**
                     * @description Milliseconds since the Unix epoch
                     * @example 1893456000000
                     */
                    expiresAt: number;
                    evidence: {
                        /** @description e.g. document-check, video-ident */
                        method: string;
                        reference: string;
                        notes?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    readVerification: {
        parameters: {
            query: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                securityId: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        identity: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        securityId: string;
                        at: number;
                        verified: boolean;
                        topics: ({
                            /**
                             * @description Claim topic, e.g. kyc, aml, accredited
                             * @example kyc
                             */
                            topic: string;
                            /** @enum {boolean} */
                            verified: true;
                            claim: {
                                /**
                                 * @description Claim topic, e.g. kyc, aml, accredited
                                 * @example kyc
                                 */
                                topic: string;
                                issuer: {
                                    /**
                                     * @description Organisation (MSP id)
                                     * @example Bank1MSP
                                     */
                                    org: string;
                                    /**
                                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                     * @example acme
                                     */
                                    id: string;
                                };
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                issuedAt: number;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                expiresAt: number;
                                revoked: boolean;
                                /**
                                 * @description SHA-256 digest, lowercase hex
                                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                                 */
                                evidenceHash: string;
                            };
                        } | {
                            /**
                             * @description Claim topic, e.g. kyc, aml, accredited
                             * @example kyc
                             */
                            topic: string;
                            /** @enum {boolean} */
                            verified: false;
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    revokeClaim: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                /**
                 * @description Claim topic, e.g. kyc, aml, accredited
                 * @example kyc
                 */
                topic: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    issuer?: {
                        /**
                         * @description Organisation (MSP id)
                         * @example Bank1MSP
                         */
                        org: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        id: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    freeze: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    securityId: string;
                    /**
                     * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    amount?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    unfreeze: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    securityId: string;
                    /**
                     * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    amount?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    recover: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    securityId: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    replacement: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    listClaimIssuers: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        issuers: {
                            /**
                             * @description Organisation (MSP id)
                             * @example Bank1MSP
                             */
                            org: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            id: string;
                            topics: string[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    trustClaimIssuer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    issuer: {
                        /**
                         * @description Organisation (MSP id)
                         * @example Bank1MSP
                         */
                        org: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        id: string;
                    };
                    topics: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    setClaimIssuerTopics: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    topics: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    removeClaimIssuer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nothing to send: {} or no body */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    createProposal: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    proposalId: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    securityId: string;
                    title: string;
                    options: string[];
                    /**
                     * @description Milliseconds since the Unix epoch
                     * @example 1893456000000
                     */
                    recordTime: number;
                    /**
                     * @description Milliseconds since the Unix epoch
                     * @example 1893456000000
                     */
                    closesAt: number;
                    /** @description Basis points (1/100 of a percent) */
                    quorumBps: number;
                    /** @description Basis points (1/100 of a percent) */
                    thresholdBps: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    readProposal: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        id: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        securityId: string;
                        title: string;
                        options: string[];
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        recordTime: number;
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        closesAt: number;
                        /** @description Basis points (1/100 of a percent) */
                        quorumBps: number;
                        /** @description Basis points (1/100 of a percent) */
                        thresholdBps: number;
                        createdBy: {
                            /**
                             * @description Organisation (MSP id)
                             * @example Bank1MSP
                             */
                            org: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            id: string;
                        };
                        tallies: string[];
                        voters: number;
                        status: "open" | "closed";
                        result?: {
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            turnout: string;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            eligible: string;
                            quorumMet: boolean;
                            winner: string | null;
                            passed: boolean;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    listProposals: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
                status?: "open" | "closed";
                /** @description Page size (default 100) */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            id: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            securityId: string;
                            title: string;
                            options: string[];
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            recordTime: number;
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            closesAt: number;
                            /** @description Basis points (1/100 of a percent) */
                            quorumBps: number;
                            /** @description Basis points (1/100 of a percent) */
                            thresholdBps: number;
                            createdBy: {
                                /**
                                 * @description Organisation (MSP id)
                                 * @example Bank1MSP
                                 */
                                org: string;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                            };
                            tallies: string[];
                            voters: number;
                            status: "open" | "closed";
                            result?: {
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                turnout: string;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                eligible: string;
                                quorumMet: boolean;
                                winner: string | null;
                                passed: boolean;
                            };
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    castVote: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    voter: string;
                    option: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    castSplitVote: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    voter: string;
                    splits: {
                        option: string;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        weight: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    readVote: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                voter: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        proposalId: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        voter: string;
                        option: string;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        weight: string;
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        castAt: number;
                    } | {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        proposalId: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        voter: string;
                        splits: {
                            option: string;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            weight: string;
                        }[];
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        castAt: number;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    closeProposal: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nothing to send: {} or no body */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    listDistributions: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
                /** @description Page size (default 100) */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            id: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            securityId: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            cashSecurityId: string;
                            rate: {
                                /**
                                 * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                numerator: string;
                                /**
                                 * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                denominator: string;
                            };
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            recordTime: number;
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            paymentDate: number;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            payer: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            remainderAccount: string;
                            declaredBy: {
                                /**
                                 * @description Organisation (MSP id)
                                 * @example Bank1MSP
                                 */
                                org: string;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                            };
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            declaredAt: number;
                            status: "declared" | "closed";
                            paidHolders: number;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            paidUnits: string;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            paidAmount: string;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            eligibleUnits?: string;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            declaredTotal?: string;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            remainder?: string;
                            coupon?: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    declareDistribution: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    distributionId: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    cashSecurityId: string;
                    rate: {
                        /**
                         * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        numerator: string;
                        /**
                         * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        denominator: string;
                    };
                    /**
                     * @description Milliseconds since the Unix epoch
                     * @example 1893456000000
                     */
                    recordTime: number;
                    /**
                     * @description Milliseconds since the Unix epoch
                     * @example 1893456000000
                     */
                    paymentDate: number;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    payer: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    remainderAccount: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    declareCoupon: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    coupon: number;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    cashSecurityId: string;
                    /**
                     * @description Milliseconds since the Unix epoch
                     * @example 1893456000000
                     */
                    recordTime: number;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    payer: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    remainderAccount: string;
                    observedReferenceBps?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    readDistribution: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        id: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        securityId: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        cashSecurityId: string;
                        rate: {
                            /**
                             * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            numerator: string;
                            /**
                             * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            denominator: string;
                        };
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        recordTime: number;
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        paymentDate: number;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        payer: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        remainderAccount: string;
                        declaredBy: {
                            /**
                             * @description Organisation (MSP id)
                             * @example Bank1MSP
                             */
                            org: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            id: string;
                        };
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        declaredAt: number;
                        status: "declared" | "closed";
                        paidHolders: number;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        paidUnits: string;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        paidAmount: string;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        eligibleUnits?: string;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        declaredTotal?: string;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        remainder?: string;
                        coupon?: number;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    listPayments: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
                /** @description Page size (default 100) */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            distributionId: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            holder: string;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            units: string;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            amount: string;
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            paidAt: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    payDistribution: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    holders: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    listEntitlements: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
                /** @description Page size (default 100) */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            distributionId: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            holder: string;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            units: string;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            amount: string;
                            paid: boolean;
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            paidAt?: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    readEntitlement: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                holder: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        distributionId: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        holder: string;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        units: string;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        amount: string;
                        paid: boolean;
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        paidAt?: number;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    closeDistribution: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nothing to send: {} or no body */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    readCalendar: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        securityId: string;
                        debt?: {
                            currency: string;
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            issueDate: number;
                            dayCount: "ACT/360" | "ACT/365F" | "30/360" | "ACT/ACT-ICMA";
                            businessDayConvention: "following" | "modified-following" | "preceding" | "unadjusted";
                            coupons: {
                                /** @description 1 for the first coupon */
                                index: number;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                start: number;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                end: number;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                paymentDate: number;
                                /** @description False for a short first stub */
                                regular: boolean;
                                accrualFraction: {
                                    numerator: number;
                                    denominator: number;
                                    /** @description numerator / denominator, for display: amounts are computed from the exact fraction */
                                    value: number;
                                };
                                rate: {
                                    /** @enum {string} */
                                    kind: "fixed";
                                    rateBps: number;
                                    /**
                                     * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                     * @example 1000
                                     */
                                    couponPerUnit: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "floating";
                                    reference: string;
                                    spreadBps: number;
                                    /** @enum {string} */
                                    status: "rate to be observed";
                                };
                            }[];
                            maturity: {
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                maturityDate: number;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                paymentDate: number;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                principalPerUnit: string;
                            };
                        };
                        /** @description Open record-date snapshots, by record time */
                        recordDates: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            id: string;
                            action: "proposal" | "distribution";
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            recordTime: number;
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            paymentDate?: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    readPolicy: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        policy: {
                            orgs: {
                                [key: string]: {
                                    roles: ("admin" | "issuer" | "agent" | "claim-issuer" | "custodian" | "investor" | "regulator" | "cash-issuer")[];
                                    consortiumAdmin: boolean;
                                    kind?: string;
                                };
                            };
                            approvals: number;
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    setOrgRoles: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roles: ("admin" | "issuer" | "agent" | "claim-issuer" | "custodian" | "investor" | "regulator" | "cash-issuer")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    setAdmins: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    admins: string[];
                    approvals: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
                /** @description Page size (default 100) */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description What a consortium change is about: issuer:<org>:<id>, org:<org> or admins */
                            subject: string;
                            change: {
                                /** @enum {string} */
                                kind: "TrustClaimIssuer";
                                issuer: {
                                    /**
                                     * @description Organisation (MSP id)
                                     * @example Bank1MSP
                                     */
                                    org: string;
                                    /**
                                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                     * @example acme
                                     */
                                    id: string;
                                };
                                topics: string[];
                            } | {
                                /** @enum {string} */
                                kind: "SetClaimIssuerTopics";
                                issuer: {
                                    /**
                                     * @description Organisation (MSP id)
                                     * @example Bank1MSP
                                     */
                                    org: string;
                                    /**
                                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                     * @example acme
                                     */
                                    id: string;
                                };
                                topics: string[];
                            } | {
                                /** @enum {string} */
                                kind: "RemoveClaimIssuer";
                                issuer: {
                                    /**
                                     * @description Organisation (MSP id)
                                     * @example Bank1MSP
                                     */
                                    org: string;
                                    /**
                                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                     * @example acme
                                     */
                                    id: string;
                                };
                            } | {
                                /** @enum {string} */
                                kind: "SetOrgRoles";
                                /**
                                 * @description Organisation (MSP id)
                                 * @example Bank1MSP
                                 */
                                org: string;
                                roles: ("admin" | "issuer" | "agent" | "claim-issuer" | "custodian" | "investor" | "regulator" | "cash-issuer")[];
                            } | {
                                /** @enum {string} */
                                kind: "SetConsortiumAdmins";
                                admins: string[];
                                approvals: number;
                            };
                            approvals: string[];
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            proposedAt: number;
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            expiresAt: number;
                            executed: boolean;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    readChange: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
            };
            header?: never;
            path: {
                /** @description What a consortium change is about: issuer:<org>:<id>, org:<org> or admins */
                subject: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description What a consortium change is about: issuer:<org>:<id>, org:<org> or admins */
                        subject: string;
                        change: {
                            /** @enum {string} */
                            kind: "TrustClaimIssuer";
                            issuer: {
                                /**
                                 * @description Organisation (MSP id)
                                 * @example Bank1MSP
                                 */
                                org: string;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                            };
                            topics: string[];
                        } | {
                            /** @enum {string} */
                            kind: "SetClaimIssuerTopics";
                            issuer: {
                                /**
                                 * @description Organisation (MSP id)
                                 * @example Bank1MSP
                                 */
                                org: string;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                            };
                            topics: string[];
                        } | {
                            /** @enum {string} */
                            kind: "RemoveClaimIssuer";
                            issuer: {
                                /**
                                 * @description Organisation (MSP id)
                                 * @example Bank1MSP
                                 */
                                org: string;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                            };
                        } | {
                            /** @enum {string} */
                            kind: "SetOrgRoles";
                            /**
                             * @description Organisation (MSP id)
                             * @example Bank1MSP
                             */
                            org: string;
                            roles: ("admin" | "issuer" | "agent" | "claim-issuer" | "custodian" | "investor" | "regulator" | "cash-issuer")[];
                        } | {
                            /** @enum {string} */
                            kind: "SetConsortiumAdmins";
                            admins: string[];
                            approvals: number;
                        };
                        approvals: string[];
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        proposedAt: number;
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        expiresAt: number;
                        executed: boolean;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    approveChange: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /** @description What a consortium change is about: issuer:<org>:<id>, org:<org> or admins */
                subject: string;
            };
            cookie?: never;
        };
        /** @description Nothing to send: {} or no body */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    listSecurities: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
                /** @description Page size (default 100) */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            id: string;
                            name: string;
                            isin?: string;
                            issuer: {
                                /**
                                 * @description Organisation (MSP id)
                                 * @example Bank1MSP
                                 */
                                org: string;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                            };
                            agents: {
                                /**
                                 * @description Organisation (MSP id)
                                 * @example Bank1MSP
                                 */
                                org: string;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                                powers: ("issue" | "redeem" | "freeze" | "force" | "recover" | "pause" | "approve" | "partition" | "hold")[];
                            }[];
                            decimals: number;
                            terms: {
                                /** @enum {string} */
                                kind: "equity";
                                shareClass: string;
                                votingRights: boolean;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                parValue: string;
                                currency: string;
                            } | {
                                /** @enum {string} */
                                kind: "debt";
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                faceValue: string;
                                currency: string;
                                couponRateBps: number;
                                couponFrequency: "annual" | "semiannual" | "quarterly" | "monthly";
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                maturityDate: number;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                issueDate?: number;
                                /** @description Day count of the coupons (default 30/360): 30/360 is ISDA Bond Basis */
                                dayCount?: "ACT/360" | "ACT/365F" | "30/360" | "ACT/ACT-ICMA";
                                /** @description Where a payment date on a weekend moves (default modified-following) */
                                businessDayConvention?: "following" | "modified-following" | "preceding" | "unadjusted";
                                floating?: {
                                    /** @example EURIBOR-3M */
                                    reference: string;
                                    /** @description Added to the observed reference rate, in basis points */
                                    spreadBps: number;
                                };
                            } | {
                                /** @enum {string} */
                                kind: "hybrid";
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                faceValue: string;
                                currency: string;
                                couponRateBps: number;
                                couponFrequency: "annual" | "semiannual" | "quarterly" | "monthly";
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                maturityDate: number;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                issueDate?: number;
                                /** @description Day count of the coupons (default 30/360): 30/360 is ISDA Bond Basis */
                                dayCount?: "ACT/360" | "ACT/365F" | "30/360" | "ACT/ACT-ICMA";
                                /** @description Where a payment date on a weekend moves (default modified-following) */
                                businessDayConvention?: "following" | "modified-following" | "preceding" | "unadjusted";
                                floating?: {
                                    /** @example EURIBOR-3M */
                                    reference: string;
                                    /** @description Added to the observed reference rate, in basis points */
                                    spreadBps: number;
                                };
                                conversion: {
                                    /**
                                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                     * @example acme
                                     */
                                    equitySecurityId: string;
                                    ratioNumerator: number;
                                    ratioDenominator: number;
                                    /**
                                     * @description Milliseconds since the Unix epoch
                                     * @example 1893456000000
                                     */
                                    windowStart: number;
                                    /**
                                     * @description Milliseconds since the Unix epoch
                                     * @example 1893456000000
                                     */
                                    windowEnd: number;
                                };
                            } | {
                                /** @enum {string} */
                                kind: "cash";
                                /** @description ISO 4217 currency code, e.g. EUR */
                                currency: string;
                            };
                            rules: {
                                requiredClaims: string[];
                                allowedJurisdictions?: string[];
                                blockedJurisdictions?: string[];
                                maxHolders?: number;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                maxBalance?: string;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                lockupUntil?: number;
                                minHoldingPeriodMs?: number;
                                accreditedOnly?: boolean;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                dailyLimit?: string;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                maxSupply?: string;
                                allowedParties?: string[];
                                blockedParties?: string[];
                                maxHoldersPerJurisdiction?: {
                                    [key: string]: number;
                                };
                                /** @enum {boolean} */
                                approvalRequired?: true;
                                transferLimits?: ({
                                    /** @description Window length in milliseconds (86400000: a UTC day) */
                                    windowMs: number;
                                    /**
                                     * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                     * @example 1000
                                     */
                                    maxAmount: string;
                                    /** @description Most transfers a holder may send per window */
                                    maxCount?: number;
                                } | {
                                    /** @description Window length in milliseconds (86400000: a UTC day) */
                                    windowMs: number;
                                    /** @description Most transfers a holder may send per window */
                                    maxCount: number;
                                })[];
                                transferFee?: {
                                    /** @description Fee in basis points (1/100 of a percent) of each transfer */
                                    bps: number;
                                    /**
                                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                     * @example acme
                                     */
                                    collector: string;
                                };
                                venueLimits?: {
                                    venues: string[];
                                    limits: ({
                                        /** @description Window length in milliseconds (86400000: a UTC day) */
                                        windowMs: number;
                                        /**
                                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                         * @example 1000
                                         */
                                        maxAmount: string;
                                        /** @description Most transfers a holder may send per window */
                                        maxCount?: number;
                                    } | {
                                        /** @description Window length in milliseconds (86400000: a UTC day) */
                                        windowMs: number;
                                        /** @description Most transfers a holder may send per window */
                                        maxCount: number;
                                    })[];
                                };
                                partitionRules?: {
                                    [key: string]: {
                                        /**
                                         * @description Milliseconds since the Unix epoch
                                         * @example 1893456000000
                                         */
                                        lockupUntil?: number;
                                        allowedJurisdictions?: string[];
                                        blockedJurisdictions?: string[];
                                        convert?: {
                                            /**
                                             * @description Milliseconds since the Unix epoch
                                             * @example 1893456000000
                                             */
                                            at: number;
                                            /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                                            into: string;
                                        };
                                    };
                                };
                            };
                            paused: boolean;
                            /** @enum {boolean} */
                            confidential?: true;
                            documents: {
                                name: string;
                                /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                                partition?: string;
                                uri?: string;
                                /**
                                 * @description SHA-256 digest, lowercase hex
                                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                                 */
                                hash: string;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                attachedAt: number;
                            }[];
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            createdAt: number;
                            snapshots?: {
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                recordTime: number;
                            }[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    createSecurity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    securityId: string;
                    name: string;
                    isin?: string;
                    decimals: number;
                    terms: {
                        /** @enum {string} */
                        kind: "equity";
                        shareClass: string;
                        votingRights: boolean;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        parValue: string;
                        currency: string;
                    } | {
                        /** @enum {string} */
                        kind: "debt";
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        faceValue: string;
                        currency: string;
                        couponRateBps: number;
                        couponFrequency: "annual" | "semiannual" | "quarterly" | "monthly";
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        maturityDate: number;
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        issueDate?: number;
                        /** @description Day count of the coupons (default 30/360): 30/360 is ISDA Bond Basis */
                        dayCount?: "ACT/360" | "ACT/365F" | "30/360" | "ACT/ACT-ICMA";
                        /** @description Where a payment date on a weekend moves (default modified-following) */
                        businessDayConvention?: "following" | "modified-following" | "preceding" | "unadjusted";
                        floating?: {
                            /** @example EURIBOR-3M */
                            reference: string;
                            /** @description Added to the observed reference rate, in basis points */
                            spreadBps: number;
                        };
                    } | {
                        /** @enum {string} */
                        kind: "hybrid";
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        faceValue: string;
                        currency: string;
                        couponRateBps: number;
                        couponFrequency: "annual" | "semiannual" | "quarterly" | "monthly";
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        maturityDate: number;
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        issueDate?: number;
                        /** @description Day count of the coupons (default 30/360): 30/360 is ISDA Bond Basis */
                        dayCount?: "ACT/360" | "ACT/365F" | "30/360" | "ACT/ACT-ICMA";
                        /** @description Where a payment date on a weekend moves (default modified-following) */
                        businessDayConvention?: "following" | "modified-following" | "preceding" | "unadjusted";
                        floating?: {
                            /** @example EURIBOR-3M */
                            reference: string;
                            /** @description Added to the observed reference rate, in basis points */
                            spreadBps: number;
                        };
                        conversion: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            equitySecurityId: string;
                            ratioNumerator: number;
                            ratioDenominator: number;
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            windowStart: number;
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            windowEnd: number;
                        };
                    } | {
                        /** @enum {string} */
                        kind: "cash";
                        /** @description ISO 4217 currency code, e.g. EUR */
                        currency: string;
                    };
                    rules: {
                        requiredClaims: string[];
                        allowedJurisdictions?: string[];
                        blockedJurisdictions?: string[];
                        maxHolders?: number;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        maxBalance?: string;
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        lockupUntil?: number;
                        minHoldingPeriodMs?: number;
                        accreditedOnly?: boolean;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        dailyLimit?: string;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        maxSupply?: string;
                        allowedParties?: string[];
                        blockedParties?: string[];
                        maxHoldersPerJurisdiction?: {
                            [key: string]: number;
                        };
                        /** @enum {boolean} */
                        approvalRequired?: true;
                        transferLimits?: ({
                            /** @description Window length in milliseconds (86400000: a UTC day) */
                            windowMs: number;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            maxAmount: string;
                            /** @description Most transfers a holder may send per window */
                            maxCount?: number;
                        } | {
                            /** @description Window length in milliseconds (86400000: a UTC day) */
                            windowMs: number;
                            /** @description Most transfers a holder may send per window */
                            maxCount: number;
                        })[];
                        transferFee?: {
                            /** @description Fee in basis points (1/100 of a percent) of each transfer */
                            bps: number;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            collector: string;
                        };
                        venueLimits?: {
                            venues: string[];
                            limits: ({
                                /** @description Window length in milliseconds (86400000: a UTC day) */
                                windowMs: number;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                maxAmount: string;
                                /** @description Most transfers a holder may send per window */
                                maxCount?: number;
                            } | {
                                /** @description Window length in milliseconds (86400000: a UTC day) */
                                windowMs: number;
                                /** @description Most transfers a holder may send per window */
                                maxCount: number;
                            })[];
                        };
                        partitionRules?: {
                            [key: string]: {
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                lockupUntil?: number;
                                allowedJurisdictions?: string[];
                                blockedJurisdictions?: string[];
                                convert?: {
                                    /**
                                     * @description Milliseconds since the Unix epoch
                                     * @example 1893456000000
                                     */
                                    at: number;
                                    /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                                    into: string;
                                };
                            };
                        };
                    };
                    agents: {
                        /**
                         * @description Organisation (MSP id)
                         * @example Bank1MSP
                         */
                        org: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        id: string;
                        powers?: ("issue" | "redeem" | "freeze" | "force" | "recover" | "pause" | "approve" | "partition" | "hold")[];
                    }[];
                    paused?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    readSecurity: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            id: string;
                            name: string;
                            isin?: string;
                            issuer: {
                                /**
                                 * @description Organisation (MSP id)
                                 * @example Bank1MSP
                                 */
                                org: string;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                            };
                            agents: {
                                /**
                                 * @description Organisation (MSP id)
                                 * @example Bank1MSP
                                 */
                                org: string;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                                powers: ("issue" | "redeem" | "freeze" | "force" | "recover" | "pause" | "approve" | "partition" | "hold")[];
                            }[];
                            decimals: number;
                            terms: {
                                /** @enum {string} */
                                kind: "equity";
                                shareClass: string;
                                votingRights: boolean;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                parValue: string;
                                currency: string;
                            } | {
                                /** @enum {string} */
                                kind: "debt";
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                faceValue: string;
                                currency: string;
                                couponRateBps: number;
                                couponFrequency: "annual" | "semiannual" | "quarterly" | "monthly";
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                maturityDate: number;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                issueDate?: number;
                                /** @description Day count of the coupons (default 30/360): 30/360 is ISDA Bond Basis */
                                dayCount?: "ACT/360" | "ACT/365F" | "30/360" | "ACT/ACT-ICMA";
                                /** @description Where a payment date on a weekend moves (default modified-following) */
                                businessDayConvention?: "following" | "modified-following" | "preceding" | "unadjusted";
                                floating?: {
                                    /** @example EURIBOR-3M */
                                    reference: string;
                                    /** @description Added to the observed reference rate, in basis points */
                                    spreadBps: number;
                                };
                            } | {
                                /** @enum {string} */
                                kind: "hybrid";
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                faceValue: string;
                                currency: string;
                                couponRateBps: number;
                                couponFrequency: "annual" | "semiannual" | "quarterly" | "monthly";
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                maturityDate: number;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                issueDate?: number;
                                /** @description Day count of the coupons (default 30/360): 30/360 is ISDA Bond Basis */
                                dayCount?: "ACT/360" | "ACT/365F" | "30/360" | "ACT/ACT-ICMA";
                                /** @description Where a payment date on a weekend moves (default modified-following) */
                                businessDayConvention?: "following" | "modified-following" | "preceding" | "unadjusted";
                                floating?: {
                                    /** @example EURIBOR-3M */
                                    reference: string;
                                    /** @description Added to the observed reference rate, in basis points */
                                    spreadBps: number;
                                };
                                conversion: {
                                    /**
                                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                     * @example acme
                                     */
                                    equitySecurityId: string;
                                    ratioNumerator: number;
                                    ratioDenominator: number;
                                    /**
                                     * @description Milliseconds since the Unix epoch
                                     * @example 1893456000000
                                     */
                                    windowStart: number;
                                    /**
                                     * @description Milliseconds since the Unix epoch
                                     * @example 1893456000000
                                     */
                                    windowEnd: number;
                                };
                            } | {
                                /** @enum {string} */
                                kind: "cash";
                                /** @description ISO 4217 currency code, e.g. EUR */
                                currency: string;
                            };
                            rules: {
                                requiredClaims: string[];
                                allowedJurisdictions?: string[];
                                blockedJurisdictions?: string[];
                                maxHolders?: number;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                maxBalance?: string;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                lockupUntil?: number;
                                minHoldingPeriodMs?: number;
                                accreditedOnly?: boolean;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                dailyLimit?: string;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                maxSupply?: string;
                                allowedParties?: string[];
                                blockedParties?: string[];
                                maxHoldersPerJurisdiction?: {
                                    [key: string]: number;
                                };
                                /** @enum {boolean} */
                                approvalRequired?: true;
                                transferLimits?: ({
                                    /** @description Window length in milliseconds (86400000: a UTC day) */
                                    windowMs: number;
                                    /**
                                     * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                     * @example 1000
                                     */
                                    maxAmount: string;
                                    /** @description Most transfers a holder may send per window */
                                    maxCount?: number;
                                } | {
                                    /** @description Window length in milliseconds (86400000: a UTC day) */
                                    windowMs: number;
                                    /** @description Most transfers a holder may send per window */
                                    maxCount: number;
                                })[];
                                transferFee?: {
                                    /** @description Fee in basis points (1/100 of a percent) of each transfer */
                                    bps: number;
                                    /**
                                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                     * @example acme
                                     */
                                    collector: string;
                                };
                                venueLimits?: {
                                    venues: string[];
                                    limits: ({
                                        /** @description Window length in milliseconds (86400000: a UTC day) */
                                        windowMs: number;
                                        /**
                                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                         * @example 1000
                                         */
                                        maxAmount: string;
                                        /** @description Most transfers a holder may send per window */
                                        maxCount?: number;
                                    } | {
                                        /** @description Window length in milliseconds (86400000: a UTC day) */
                                        windowMs: number;
                                        /** @description Most transfers a holder may send per window */
                                        maxCount: number;
                                    })[];
                                };
                                partitionRules?: {
                                    [key: string]: {
                                        /**
                                         * @description Milliseconds since the Unix epoch
                                         * @example 1893456000000
                                         */
                                        lockupUntil?: number;
                                        allowedJurisdictions?: string[];
                                        blockedJurisdictions?: string[];
                                        convert?: {
                                            /**
                                             * @description Milliseconds since the Unix epoch
                                             * @example 1893456000000
                                             */
                                            at: number;
                                            /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                                            into: string;
                                        };
                                    };
                                };
                            };
                            paused: boolean;
                            /** @enum {boolean} */
                            confidential?: true;
                            documents: {
                                name: string;
                                /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                                partition?: string;
                                uri?: string;
                                /**
                                 * @description SHA-256 digest, lowercase hex
                                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                                 */
                                hash: string;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                attachedAt: number;
                            }[];
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            createdAt: number;
                            snapshots?: {
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                recordTime: number;
                            }[];
                        };
                        stats: {
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            supply: string;
                            holders: number;
                            snapshots?: {
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                recordTime: number;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                amount: string;
                            }[];
                        };
                        status: "active" | "paused" | "matured";
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    setRules: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rules: {
                        requiredClaims: string[];
                        allowedJurisdictions?: string[];
                        blockedJurisdictions?: string[];
                        maxHolders?: number;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        maxBalance?: string;
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        lockupUntil?: number;
                        minHoldingPeriodMs?: number;
                        accreditedOnly?: boolean;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        dailyLimit?: string;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        maxSupply?: string;
                        allowedParties?: string[];
                        blockedParties?: string[];
                        maxHoldersPerJurisdiction?: {
                            [key: string]: number;
                        };
                        /** @enum {boolean} */
                        approvalRequired?: true;
                        transferLimits?: ({
                            /** @description Window length in milliseconds (86400000: a UTC day) */
                            windowMs: number;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            maxAmount: string;
                            /** @description Most transfers a holder may send per window */
                            maxCount?: number;
                        } | {
                            /** @description Window length in milliseconds (86400000: a UTC day) */
                            windowMs: number;
                            /** @description Most transfers a holder may send per window */
                            maxCount: number;
                        })[];
                        transferFee?: {
                            /** @description Fee in basis points (1/100 of a percent) of each transfer */
                            bps: number;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            collector: string;
                        };
                        venueLimits?: {
                            venues: string[];
                            limits: ({
                                /** @description Window length in milliseconds (86400000: a UTC day) */
                                windowMs: number;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                maxAmount: string;
                                /** @description Most transfers a holder may send per window */
                                maxCount?: number;
                            } | {
                                /** @description Window length in milliseconds (86400000: a UTC day) */
                                windowMs: number;
                                /** @description Most transfers a holder may send per window */
                                maxCount: number;
                            })[];
                        };
                        partitionRules?: {
                            [key: string]: {
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                lockupUntil?: number;
                                allowedJurisdictions?: string[];
                                blockedJurisdictions?: string[];
                                convert?: {
                                    /**
                                     * @description Milliseconds since the Unix epoch
                                     * @example 1893456000000
                                     */
                                    at: number;
                                    /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                                    into: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    addAgent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    agent: {
                        /**
                         * @description Organisation (MSP id)
                         * @example Bank1MSP
                         */
                        org: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        id: string;
                        powers: ("issue" | "redeem" | "freeze" | "force" | "recover" | "pause" | "approve" | "partition" | "hold")[];
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    removeAgent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                agentId: string;
            };
            cookie?: never;
        };
        /** @description Nothing to send: {} or no body */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    listDocuments: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        securityId: string;
                        documents: {
                            name: string;
                            /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                            partition?: string;
                            uri?: string;
                            /**
                             * @description SHA-256 digest, lowercase hex
                             * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                             */
                            hash: string;
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            attachedAt: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    attachDocument: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    uri?: string;
                    /**
                     * @description SHA-256 digest, lowercase hex
                     * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                     */
                    hash: string;
                    /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                    partition?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    readDocument: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                        partition?: string;
                        uri?: string;
                        /**
                         * @description SHA-256 digest, lowercase hex
                         * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                         */
                        hash: string;
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        attachedAt: number;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    setDocument: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    uri?: string;
                    /**
                     * @description SHA-256 digest, lowercase hex
                     * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                     */
                    hash: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    removeDocument: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                name: string;
            };
            cookie?: never;
        };
        /** @description Nothing to send: {} or no body */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    listPartitionDocuments: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                partition: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        securityId: string;
                        documents: {
                            name: string;
                            /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                            partition?: string;
                            uri?: string;
                            /**
                             * @description SHA-256 digest, lowercase hex
                             * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                             */
                            hash: string;
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            attachedAt: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    readPartitionDocument: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                partition: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                        partition?: string;
                        uri?: string;
                        /**
                         * @description SHA-256 digest, lowercase hex
                         * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                         */
                        hash: string;
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        attachedAt: number;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    setPartitionDocument: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                partition: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    uri?: string;
                    /**
                     * @description SHA-256 digest, lowercase hex
                     * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                     */
                    hash: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    removePartitionDocument: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                partition: string;
                name: string;
            };
            cookie?: never;
        };
        /** @description Nothing to send: {} or no body */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    pauseSecurity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nothing to send: {} or no body */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    unpauseSecurity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nothing to send: {} or no body */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    issue: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    to: string;
                    /**
                     * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    amount: string;
                    /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                    partition?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    redeem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    from: string;
                    /**
                     * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    amount: string;
                    /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                    partition?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    holdersOf: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
                /** @description Page size (default 100) */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            holder: string;
                            balance: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    positionOf: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                holder: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        securityId: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        holder: string;
                        /** @description Units held, a decimal string in the smallest unit (the same as `total`) */
                        balance: string;
                        /** @description Units held, a decimal string in the smallest unit */
                        total: string;
                        /** @description What the holder may move now: the total less what is frozen and what is held */
                        free: string;
                        /** @description The part of the balance an agent froze (all of it while the whole holding is frozen) */
                        frozen: string;
                        /** @description The part of the unfrozen balance reserved by holds (and settlements) that have not expired */
                        held: string;
                        /** @description An agent froze the whole holding, including units received later */
                        wholeHoldingFrozen: boolean;
                        /** @description The balance by partition (ERC-1410), the default one first; only partitions with units. Free and frozen apply to the whole holding. */
                        partitions: {
                            /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                            partition: string;
                            amount: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    changePartition: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                holder: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                    from: string;
                    /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                    to: string;
                    /**
                     * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    amount: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    transfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    securityId: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    from: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    to: string;
                    /**
                     * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    amount: string;
                    /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                    partition?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    checkTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    securityId: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    from: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    to: string;
                    /**
                     * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    amount: string;
                    /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                    partition?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allowed: boolean;
                        /** @description The first broken rule's reason code */
                        code?: string;
                        message?: string;
                        /** @description Every rule's verdict, in the order a refusal is reported */
                        trace: {
                            rule: string;
                            ok: boolean;
                            code?: string;
                            message?: string;
                        }[];
                        /** @description The reason code's ERC-1066 status code, null where the standard has none */
                        erc1066: {
                            /** @description e.g. 0x54 */
                            code: string;
                            /** @description The standard's own description, e.g. Insufficient Funds */
                            description: string;
                        } | null;
                        /** @description Ledger position (chain height) the answer was decided at; pass it as ?position= to read at least that state */
                        position: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    forcedTransfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    securityId: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    from: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    to: string;
                    /**
                     * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    amount: string;
                    /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                    partition?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    listHolderTransferRequests: {
        parameters: {
            query: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
                /** @description Page size (default 100) */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                holder: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            id: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            securityId: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            from: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            to: string;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            amount: string;
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            requestedAt: number;
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            validUntil: number;
                            status: "requested" | "approved" | "rejected" | "cancelled";
                            decidedBy?: {
                                /**
                                 * @description Organisation (MSP id)
                                 * @example Bank1MSP
                                 */
                                org: string;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                            };
                            /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                            partition?: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    requestTransfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    securityId: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    transferId: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    from: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    to: string;
                    /**
                     * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    amount: string;
                    /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                    partition?: string;
                    /**
                     * @description Milliseconds since the Unix epoch
                     * @example 1893456000000
                     */
                    validUntil: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    readTransferRequest: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                transferId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        id: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        securityId: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        from: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        to: string;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        amount: string;
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        requestedAt: number;
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        validUntil: number;
                        status: "requested" | "approved" | "rejected" | "cancelled";
                        decidedBy?: {
                            /**
                             * @description Organisation (MSP id)
                             * @example Bank1MSP
                             */
                            org: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            id: string;
                        };
                        /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                        partition?: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    approveTransfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                transferId: string;
            };
            cookie?: never;
        };
        /** @description Nothing to send: {} or no body */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    rejectTransfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                transferId: string;
            };
            cookie?: never;
        };
        /** @description Nothing to send: {} or no body */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    cancelTransfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                transferId: string;
            };
            cookie?: never;
        };
        /** @description Nothing to send: {} or no body */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    listSecurityTransferRequests: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
                /** @description Page size (default 100) */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                holder?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            id: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            securityId: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            from: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            to: string;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            amount: string;
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            requestedAt: number;
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            validUntil: number;
                            status: "requested" | "approved" | "rejected" | "cancelled";
                            decidedBy?: {
                                /**
                                 * @description Organisation (MSP id)
                                 * @example Bank1MSP
                                 */
                                org: string;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                            };
                            /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                            partition?: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    operatorTransfer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    securityId: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    from: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    to: string;
                    /**
                     * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    amount: string;
                    /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                    partition?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    listOperators: {
        parameters: {
            query: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                holder: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        holder: string;
                        operators: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            securityId: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            holder: string;
                            operator: {
                                /**
                                 * @description Organisation (MSP id)
                                 * @example Bank1MSP
                                 */
                                org: string;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                            };
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            limit: string | null;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            moved: string;
                            /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                            partition?: string;
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            authorizedAt: number;
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            revokedAt?: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    authorizeOperator: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    holder: string;
                    operator: {
                        /**
                         * @description Organisation (MSP id)
                         * @example Bank1MSP
                         */
                        org: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        id: string;
                    };
                    /**
                     * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    limit?: string;
                    /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                    partition?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    revokeOperator: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                holder: string;
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                org: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                operatorId: string;
            };
            cookie?: never;
        };
        /** @description Nothing to send: {} or no body */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    batch: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    securityId: string;
                    items: ({
                        /** @enum {string} */
                        kind: "Issue";
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        to: string;
                        /**
                         * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        amount: string;
                        /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                        partition?: string;
                    } | {
                        /** @enum {string} */
                        kind: "Transfer";
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        from: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        to: string;
                        /**
                         * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        amount: string;
                        /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                        partition?: string;
                    } | {
                        /** @enum {string} */
                        kind: "ForcedTransfer";
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        from: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        to: string;
                        /**
                         * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        amount: string;
                        /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                        partition?: string;
                    } | {
                        /** @enum {string} */
                        kind: "Freeze";
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        holder: string;
                        /**
                         * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        amount?: string;
                    } | {
                        /** @enum {string} */
                        kind: "Unfreeze";
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        holder: string;
                        /**
                         * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        amount?: string;
                    } | {
                        /** @enum {string} */
                        kind: "Redeem";
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        from: string;
                        /**
                         * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        amount: string;
                        /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                        partition?: string;
                    } | {
                        /** @enum {string} */
                        kind: "Recover";
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        lost: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        replacement: string;
                    } | {
                        /** @enum {string} */
                        kind: "ChangePartition";
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        holder: string;
                        /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                        from: string;
                        /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                        to: string;
                        /**
                         * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        amount: string;
                    })[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    holdingsOf: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
                /**
                 * @description The identity; an investor's own by default
                 * @example acme
                 */
                holder?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        holder: string;
                        holdings: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            securityId: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            holder: string;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            balance: string;
                            frozen: boolean;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            frozenAmount: string;
                            lots: {
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                amount: string;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                acquiredAt: number;
                            }[];
                            windows?: {
                                windowMs: number;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                start: number;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                sent: string;
                                count: number;
                            }[];
                            venueWindows?: {
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                venue: string;
                                windowMs: number;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                start: number;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                sent: string;
                                count: number;
                            }[];
                            day?: number;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            sentToday?: string;
                            snapshots?: {
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                recordTime: number;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                amount: string;
                            }[];
                            partitions?: {
                                /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                                partition: string;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                amount: string;
                            }[];
                            holds?: {
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                amount: string;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                expiresAt: number;
                                /** @enum {boolean} */
                                settlement?: true;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    listHolds: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                holder?: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                securityId?: string;
                status?: "active" | "released" | "executed" | "expired";
                /**
                 * @description Organisation (MSP id)
                 * @example Bank1MSP
                 */
                placedBy?: string;
                /** @description Page size (default 100) */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            id: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            securityId: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            holder: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            beneficiary: string;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            amount: string;
                            reason: string;
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            expiresAt: number;
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            placedAt: number;
                            by: {
                                /**
                                 * @description Organisation (MSP id)
                                 * @example Bank1MSP
                                 */
                                org: string;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                            };
                            status: "active" | "released" | "executed" | "expired";
                            closedBy?: {
                                /**
                                 * @description Organisation (MSP id)
                                 * @example Bank1MSP
                                 */
                                org: string;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                            };
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            closedAt?: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    placeHold: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    holdId: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    securityId: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    holder: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    beneficiary: string;
                    /**
                     * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    amount: string;
                    reason: string;
                    /**
                     * @description Milliseconds since the Unix epoch
                     * @example 1893456000000
                     */
                    expiresAt: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    readHold: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        id: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        securityId: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        holder: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        beneficiary: string;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        amount: string;
                        reason: string;
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        expiresAt: number;
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        placedAt: number;
                        by: {
                            /**
                             * @description Organisation (MSP id)
                             * @example Bank1MSP
                             */
                            org: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            id: string;
                        };
                        status: "active" | "released" | "executed" | "expired";
                        closedBy?: {
                            /**
                             * @description Organisation (MSP id)
                             * @example Bank1MSP
                             */
                            org: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            id: string;
                        };
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        closedAt?: number;
                        /** @description Active but past its expiry: it no longer holds anything */
                        lapsed: boolean;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    releaseHold: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nothing to send: {} or no body */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    executeHold: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nothing to send: {} or no body */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    expireHold: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nothing to send: {} or no body */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    settlementsOf: {
        parameters: {
            query: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                party: string;
                /** @description Page size (default 100) */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            id: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            seller: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            buyer: string;
                            securities: {
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                securityId: string;
                                /**
                                 * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                amount: string;
                            };
                            cash?: {
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                securityId: string;
                                /**
                                 * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                amount: string;
                            };
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            settleBy: number;
                            /**
                             * @description SHA-256 digest, lowercase hex
                             * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                             */
                            priceHash?: string;
                            proposedBy: {
                                /**
                                 * @description Organisation (MSP id)
                                 * @example Bank1MSP
                                 */
                                org: string;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                            };
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            proposedAt: number;
                            status: "proposed" | "affirmed" | "settled" | "cancelled" | "failed";
                            affirmations: {
                                seller: boolean;
                                buyer: boolean;
                            };
                            reason?: string;
                            closedBy?: {
                                /**
                                 * @description Organisation (MSP id)
                                 * @example Bank1MSP
                                 */
                                org: string;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                            };
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            closedAt?: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    proposeSettlement: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    settlementId: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    seller: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    buyer: string;
                    securities: {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        securityId: string;
                        /**
                         * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        amount: string;
                    };
                    cash?: {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        securityId: string;
                        /**
                         * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        amount: string;
                    };
                    /**
                     * @description Milliseconds since the Unix epoch
                     * @example 1893456000000
                     */
                    settleBy: number;
                    price?: {
                        /** @description The price agreed for the whole trade, a decimal string */
                        amount: string;
                        currency: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    settleNetted: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    settlementIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    readSettlement: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        id: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        seller: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        buyer: string;
                        securities: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            securityId: string;
                            /**
                             * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            amount: string;
                        };
                        cash?: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            securityId: string;
                            /**
                             * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            amount: string;
                        };
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        settleBy: number;
                        /**
                         * @description SHA-256 digest, lowercase hex
                         * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                         */
                        priceHash?: string;
                        proposedBy: {
                            /**
                             * @description Organisation (MSP id)
                             * @example Bank1MSP
                             */
                            org: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            id: string;
                        };
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        proposedAt: number;
                        status: "proposed" | "affirmed" | "settled" | "cancelled" | "failed";
                        affirmations: {
                            seller: boolean;
                            buyer: boolean;
                        };
                        reason?: string;
                        closedBy?: {
                            /**
                             * @description Organisation (MSP id)
                             * @example Bank1MSP
                             */
                            org: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            id: string;
                        };
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        closedAt?: number;
                        price?: {
                            /** @description The price agreed for the whole trade, a decimal string */
                            amount: string;
                            currency: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    affirmSettlement: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nothing to send: {} or no body */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    settle: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nothing to send: {} or no body */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    cancelSettlement: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nothing to send: {} or no body */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    expireSettlement: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nothing to send: {} or no body */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    readPool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        securityId: string;
                        /** @description The note tree's current root */
                        noteRoot: string;
                        /** @description Recent note-tree roots, oldest first: a proof may use any */
                        roots: string[];
                        /** @description Notes sealed into the tree */
                        size: number;
                        /** @description The allowlist root proofs must use */
                        kycRoot: string;
                        /** @description Units in the pool (public: mint and redeem amounts are) */
                        supply: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    enableConfidential: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nothing to send: {} or no body */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    readAllowlist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        securityId: string;
                        root: string;
                        leaves: string[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    refreshAllowlist: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Nothing to send: {} or no body */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    readLeaves: {
        parameters: {
            query?: {
                /** @description First tree index; default 0 */
                from?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: number;
                        leaves: string[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    registerKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description BN254 field element, canonical decimal string */
                    publicKey: string;
                    /** @description Poseidon(ownerSecret) and the nullifier key: the public key is Poseidon(authKey, nullifierKey) */
                    viewingKey: {
                        /** @description BN254 field element, decimal */
                        authKey: string;
                        /** @description BN254 field element, decimal */
                        nullifierKey: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    readOrgKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        org: string;
                        publicKey: string;
                        auditor: boolean;
                        registeredAt: number;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    registerOrgKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description X25519 public key, 32 bytes, base64 */
                    publicKey: string;
                    auditor?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    readAuditKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        org: string;
                        publicKey: string;
                        auditor: boolean;
                        registeredAt: number;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    mintConfidential: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    securityId: string;
                    /** @description Positive amount below 2^64, decimal */
                    amount: string;
                    to: {
                        /** @description BN254 field element, decimal */
                        publicKey: string;
                        /** @description MSP id of the bank that receives the note opening */
                        org: string;
                    };
                } | {
                    proven: {
                        /** @description The confidential:* chaincode input: public inputs, `proof`, and `openings` sealed to each note's bank and the auditor */
                        input: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Absent when `alreadyApplied` */
                        blockNumber?: number;
                        /** @description Another transaction (`txId`), e.g. a relayer's copy of this proof, had already applied this very outcome */
                        alreadyApplied: boolean;
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description Openings of the notes created (gateway-proven only): give them to their owners */
                        created: {
                            amount: string;
                            /** @description BN254 field element, decimal */
                            ownerPublicKey: string;
                            /** @description BN254 field element, decimal */
                            salt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    transferConfidential: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    securityId: string;
                    from: {
                        /** @description BN254 field element, decimal */
                        ownerSecret: string;
                        /** @description MSP id of the bank that receives the note opening */
                        org: string;
                    };
                    notes: {
                        amount: string;
                        /** @description BN254 field element, decimal */
                        ownerPublicKey: string;
                        /** @description BN254 field element, decimal */
                        salt: string;
                    }[];
                    to: {
                        /** @description BN254 field element, decimal */
                        publicKey: string;
                        /** @description MSP id of the bank that receives the note opening */
                        org: string;
                    };
                    /** @description Positive amount below 2^64, decimal */
                    amount: string;
                } | {
                    proven: {
                        /** @description The confidential:* chaincode input: public inputs, `proof`, and `openings` sealed to each note's bank and the auditor */
                        input: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Absent when `alreadyApplied` */
                        blockNumber?: number;
                        /** @description Another transaction (`txId`), e.g. a relayer's copy of this proof, had already applied this very outcome */
                        alreadyApplied: boolean;
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description Openings of the notes created (gateway-proven only): give them to their owners */
                        created: {
                            amount: string;
                            /** @description BN254 field element, decimal */
                            ownerPublicKey: string;
                            /** @description BN254 field element, decimal */
                            salt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    redeemConfidential: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    securityId: string;
                    from: {
                        /** @description BN254 field element, decimal */
                        ownerSecret: string;
                        /** @description MSP id of the bank that receives the note opening */
                        org: string;
                    };
                    note: {
                        amount: string;
                        /** @description BN254 field element, decimal */
                        ownerPublicKey: string;
                        /** @description BN254 field element, decimal */
                        salt: string;
                    };
                    /** @description Positive amount below 2^64, decimal */
                    amount: string;
                } | {
                    proven: {
                        /** @description The confidential:* chaincode input: public inputs, `proof`, and `openings` sealed to each note's bank and the auditor */
                        input: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Absent when `alreadyApplied` */
                        blockNumber?: number;
                        /** @description Another transaction (`txId`), e.g. a relayer's copy of this proof, had already applied this very outcome */
                        alreadyApplied: boolean;
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description Openings of the notes created (gateway-proven only): give them to their owners */
                        created: {
                            amount: string;
                            /** @description BN254 field element, decimal */
                            ownerPublicKey: string;
                            /** @description BN254 field element, decimal */
                            salt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    listConfidentialNotes: {
        parameters: {
            query: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                securityId: string;
                /** @description BN254 field element, decimal */
                ownerPublicKey?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        notes: {
                            amount: string;
                            /** @description BN254 field element, decimal */
                            ownerPublicKey: string;
                            /** @description BN254 field element, decimal */
                            salt: string;
                            /** @description BN254 field element, decimal */
                            commitment: string;
                            spent: boolean;
                        }[];
                        balance: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    createCash: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    securityId: string;
                    name: string;
                    decimals: number;
                    rules: {
                        requiredClaims: string[];
                        allowedJurisdictions?: string[];
                        blockedJurisdictions?: string[];
                        maxHolders?: number;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        maxBalance?: string;
                        /**
                         * @description Milliseconds since the Unix epoch
                         * @example 1893456000000
                         */
                        lockupUntil?: number;
                        minHoldingPeriodMs?: number;
                        accreditedOnly?: boolean;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        dailyLimit?: string;
                        /**
                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                         * @example 1000
                         */
                        maxSupply?: string;
                        allowedParties?: string[];
                        blockedParties?: string[];
                        maxHoldersPerJurisdiction?: {
                            [key: string]: number;
                        };
                        /** @enum {boolean} */
                        approvalRequired?: true;
                        transferLimits?: ({
                            /** @description Window length in milliseconds (86400000: a UTC day) */
                            windowMs: number;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            maxAmount: string;
                            /** @description Most transfers a holder may send per window */
                            maxCount?: number;
                        } | {
                            /** @description Window length in milliseconds (86400000: a UTC day) */
                            windowMs: number;
                            /** @description Most transfers a holder may send per window */
                            maxCount: number;
                        })[];
                        transferFee?: {
                            /** @description Fee in basis points (1/100 of a percent) of each transfer */
                            bps: number;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            collector: string;
                        };
                        venueLimits?: {
                            venues: string[];
                            limits: ({
                                /** @description Window length in milliseconds (86400000: a UTC day) */
                                windowMs: number;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                maxAmount: string;
                                /** @description Most transfers a holder may send per window */
                                maxCount?: number;
                            } | {
                                /** @description Window length in milliseconds (86400000: a UTC day) */
                                windowMs: number;
                                /** @description Most transfers a holder may send per window */
                                maxCount: number;
                            })[];
                        };
                        partitionRules?: {
                            [key: string]: {
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                lockupUntil?: number;
                                allowedJurisdictions?: string[];
                                blockedJurisdictions?: string[];
                                convert?: {
                                    /**
                                     * @description Milliseconds since the Unix epoch
                                     * @example 1893456000000
                                     */
                                    at: number;
                                    /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                                    into: string;
                                };
                            };
                        };
                    };
                    agents: {
                        /**
                         * @description Organisation (MSP id)
                         * @example Bank1MSP
                         */
                        org: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        id: string;
                        powers?: ("issue" | "redeem" | "freeze" | "force" | "recover" | "pause" | "approve" | "partition" | "hold")[];
                    }[];
                    paused?: boolean;
                    /** @description ISO 4217 currency code, e.g. EUR */
                    currency: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    readCash: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        security: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            id: string;
                            name: string;
                            isin?: string;
                            issuer: {
                                /**
                                 * @description Organisation (MSP id)
                                 * @example Bank1MSP
                                 */
                                org: string;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                            };
                            agents: {
                                /**
                                 * @description Organisation (MSP id)
                                 * @example Bank1MSP
                                 */
                                org: string;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                                powers: ("issue" | "redeem" | "freeze" | "force" | "recover" | "pause" | "approve" | "partition" | "hold")[];
                            }[];
                            decimals: number;
                            terms: {
                                /** @enum {string} */
                                kind: "equity";
                                shareClass: string;
                                votingRights: boolean;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                parValue: string;
                                currency: string;
                            } | {
                                /** @enum {string} */
                                kind: "debt";
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                faceValue: string;
                                currency: string;
                                couponRateBps: number;
                                couponFrequency: "annual" | "semiannual" | "quarterly" | "monthly";
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                maturityDate: number;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                issueDate?: number;
                                /** @description Day count of the coupons (default 30/360): 30/360 is ISDA Bond Basis */
                                dayCount?: "ACT/360" | "ACT/365F" | "30/360" | "ACT/ACT-ICMA";
                                /** @description Where a payment date on a weekend moves (default modified-following) */
                                businessDayConvention?: "following" | "modified-following" | "preceding" | "unadjusted";
                                floating?: {
                                    /** @example EURIBOR-3M */
                                    reference: string;
                                    /** @description Added to the observed reference rate, in basis points */
                                    spreadBps: number;
                                };
                            } | {
                                /** @enum {string} */
                                kind: "hybrid";
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                faceValue: string;
                                currency: string;
                                couponRateBps: number;
                                couponFrequency: "annual" | "semiannual" | "quarterly" | "monthly";
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                maturityDate: number;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                issueDate?: number;
                                /** @description Day count of the coupons (default 30/360): 30/360 is ISDA Bond Basis */
                                dayCount?: "ACT/360" | "ACT/365F" | "30/360" | "ACT/ACT-ICMA";
                                /** @description Where a payment date on a weekend moves (default modified-following) */
                                businessDayConvention?: "following" | "modified-following" | "preceding" | "unadjusted";
                                floating?: {
                                    /** @example EURIBOR-3M */
                                    reference: string;
                                    /** @description Added to the observed reference rate, in basis points */
                                    spreadBps: number;
                                };
                                conversion: {
                                    /**
                                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                     * @example acme
                                     */
                                    equitySecurityId: string;
                                    ratioNumerator: number;
                                    ratioDenominator: number;
                                    /**
                                     * @description Milliseconds since the Unix epoch
                                     * @example 1893456000000
                                     */
                                    windowStart: number;
                                    /**
                                     * @description Milliseconds since the Unix epoch
                                     * @example 1893456000000
                                     */
                                    windowEnd: number;
                                };
                            } | {
                                /** @enum {string} */
                                kind: "cash";
                                /** @description ISO 4217 currency code, e.g. EUR */
                                currency: string;
                            };
                            rules: {
                                requiredClaims: string[];
                                allowedJurisdictions?: string[];
                                blockedJurisdictions?: string[];
                                maxHolders?: number;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                maxBalance?: string;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                lockupUntil?: number;
                                minHoldingPeriodMs?: number;
                                accreditedOnly?: boolean;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                dailyLimit?: string;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                maxSupply?: string;
                                allowedParties?: string[];
                                blockedParties?: string[];
                                maxHoldersPerJurisdiction?: {
                                    [key: string]: number;
                                };
                                /** @enum {boolean} */
                                approvalRequired?: true;
                                transferLimits?: ({
                                    /** @description Window length in milliseconds (86400000: a UTC day) */
                                    windowMs: number;
                                    /**
                                     * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                     * @example 1000
                                     */
                                    maxAmount: string;
                                    /** @description Most transfers a holder may send per window */
                                    maxCount?: number;
                                } | {
                                    /** @description Window length in milliseconds (86400000: a UTC day) */
                                    windowMs: number;
                                    /** @description Most transfers a holder may send per window */
                                    maxCount: number;
                                })[];
                                transferFee?: {
                                    /** @description Fee in basis points (1/100 of a percent) of each transfer */
                                    bps: number;
                                    /**
                                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                     * @example acme
                                     */
                                    collector: string;
                                };
                                venueLimits?: {
                                    venues: string[];
                                    limits: ({
                                        /** @description Window length in milliseconds (86400000: a UTC day) */
                                        windowMs: number;
                                        /**
                                         * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                         * @example 1000
                                         */
                                        maxAmount: string;
                                        /** @description Most transfers a holder may send per window */
                                        maxCount?: number;
                                    } | {
                                        /** @description Window length in milliseconds (86400000: a UTC day) */
                                        windowMs: number;
                                        /** @description Most transfers a holder may send per window */
                                        maxCount: number;
                                    })[];
                                };
                                partitionRules?: {
                                    [key: string]: {
                                        /**
                                         * @description Milliseconds since the Unix epoch
                                         * @example 1893456000000
                                         */
                                        lockupUntil?: number;
                                        allowedJurisdictions?: string[];
                                        blockedJurisdictions?: string[];
                                        convert?: {
                                            /**
                                             * @description Milliseconds since the Unix epoch
                                             * @example 1893456000000
                                             */
                                            at: number;
                                            /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                                            into: string;
                                        };
                                    };
                                };
                            };
                            paused: boolean;
                            /** @enum {boolean} */
                            confidential?: true;
                            documents: {
                                name: string;
                                /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                                partition?: string;
                                uri?: string;
                                /**
                                 * @description SHA-256 digest, lowercase hex
                                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                                 */
                                hash: string;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                attachedAt: number;
                            }[];
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            createdAt: number;
                            snapshots?: {
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                recordTime: number;
                            }[];
                        };
                        stats: {
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            supply: string;
                            holders: number;
                            snapshots?: {
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                recordTime: number;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                amount: string;
                            }[];
                        };
                        status: "active" | "paused" | "matured";
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    issueCash: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    to: string;
                    /**
                     * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    amount: string;
                    /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                    partition?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    redeemCash: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    from: string;
                    /**
                     * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    amount: string;
                    /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                    partition?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    transferCash: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    from: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    to: string;
                    /**
                     * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    amount: string;
                    /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                    partition?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    cashBalances: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
                /** @description Page size (default 100) */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            holder: string;
                            balance: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    cashBalanceOf: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                holder: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        securityId: string;
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        holder: string;
                        /** @description Units held, a decimal string in the smallest unit (the same as `total`) */
                        balance: string;
                        /** @description Units held, a decimal string in the smallest unit */
                        total: string;
                        /** @description What the holder may move now: the total less what is frozen and what is held */
                        free: string;
                        /** @description The part of the balance an agent froze (all of it while the whole holding is frozen) */
                        frozen: string;
                        /** @description The part of the unfrozen balance reserved by holds (and settlements) that have not expired */
                        held: string;
                        /** @description An agent froze the whole holding, including units received later */
                        wholeHoldingFrozen: boolean;
                        /** @description The balance by partition (ERC-1410), the default one first; only partitions with units. Free and frozen apply to the whole holding. */
                        partitions: {
                            /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                            partition: string;
                            amount: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    listAccounts: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
                /** @description Page size (default 100) */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            account: {
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                                /**
                                 * @description Organisation (MSP id)
                                 * @example Bank1MSP
                                 */
                                org: string;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                investor: string;
                                /**
                                 * @description ISO 3166-1 alpha-2 country code
                                 * @example DE
                                 */
                                jurisdiction: string;
                                investorType: "retail" | "professional" | "institutional";
                                /**
                                 * @description SHA-256 digest, lowercase hex
                                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                                 */
                                recordHash: string;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                registeredAt: number;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                recoveredTo?: string;
                                claims: {
                                    [key: string]: {
                                        /**
                                         * @description Claim topic, e.g. kyc, aml, accredited
                                         * @example kyc
                                         */
                                        topic: string;
                                        issuer: {
                                            /**
                                             * @description Organisation (MSP id)
                                             * @example Bank1MSP
                                             */
                                            org: string;
                                            /**
                                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                             * @example acme
                                             */
                                            id: string;
                                        };
                                        /**
                                         * @description Milliseconds since the Unix epoch
                                         * @example 1893456000000
                                         */
                                        issuedAt: number;
                                        /**
                                         * @description Milliseconds since the Unix epoch
                                         * @example 1893456000000
                                         */
                                        expiresAt: number;
                                        revoked: boolean;
                                        /**
                                         * @description SHA-256 digest, lowercase hex
                                         * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                                         */
                                        evidenceHash: string;
                                    }[];
                                };
                                custody?: {
                                    custodian: {
                                        /**
                                         * @description Organisation (MSP id)
                                         * @example Bank1MSP
                                         */
                                        org: string;
                                        /**
                                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                         * @example acme
                                         */
                                        id: string;
                                    };
                                    kind: "segregated" | "omnibus";
                                };
                            };
                            lastCheck?: {
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                accountId: string;
                                /** @description Every security's sub-ledger sum equals the account's public balance */
                                reconciled: boolean;
                                securities: {
                                    /**
                                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                     * @example acme
                                     */
                                    securityId: string;
                                    subLedger: string;
                                    public: string;
                                    reconciled: boolean;
                                }[];
                                /** @description The audit log position (event seq) it was checked after */
                                checkedAfter: string;
                            };
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    openAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    accountId: string;
                    accountType: "segregated" | "omnibus";
                    /**
                     * @description ISO 3166-1 alpha-2 country code
                     * @example DE
                     */
                    jurisdiction: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    owner?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    readAccount: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            id: string;
                            /**
                             * @description Organisation (MSP id)
                             * @example Bank1MSP
                             */
                            org: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            investor: string;
                            /**
                             * @description ISO 3166-1 alpha-2 country code
                             * @example DE
                             */
                            jurisdiction: string;
                            investorType: "retail" | "professional" | "institutional";
                            /**
                             * @description SHA-256 digest, lowercase hex
                             * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                             */
                            recordHash: string;
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            registeredAt: number;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            recoveredTo?: string;
                            claims: {
                                [key: string]: {
                                    /**
                                     * @description Claim topic, e.g. kyc, aml, accredited
                                     * @example kyc
                                     */
                                    topic: string;
                                    issuer: {
                                        /**
                                         * @description Organisation (MSP id)
                                         * @example Bank1MSP
                                         */
                                        org: string;
                                        /**
                                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                         * @example acme
                                         */
                                        id: string;
                                    };
                                    /**
                                     * @description Milliseconds since the Unix epoch
                                     * @example 1893456000000
                                     */
                                    issuedAt: number;
                                    /**
                                     * @description Milliseconds since the Unix epoch
                                     * @example 1893456000000
                                     */
                                    expiresAt: number;
                                    revoked: boolean;
                                    /**
                                     * @description SHA-256 digest, lowercase hex
                                     * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                                     */
                                    evidenceHash: string;
                                }[];
                            };
                            custody?: {
                                custodian: {
                                    /**
                                     * @description Organisation (MSP id)
                                     * @example Bank1MSP
                                     */
                                    org: string;
                                    /**
                                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                     * @example acme
                                     */
                                    id: string;
                                };
                                kind: "segregated" | "omnibus";
                            };
                        };
                        holdings: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            securityId: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            holder: string;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            balance: string;
                            frozen: boolean;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            frozenAmount: string;
                            lots: {
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                amount: string;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                acquiredAt: number;
                            }[];
                            windows?: {
                                windowMs: number;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                start: number;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                sent: string;
                                count: number;
                            }[];
                            venueWindows?: {
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                venue: string;
                                windowMs: number;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                start: number;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                sent: string;
                                count: number;
                            }[];
                            day?: number;
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            sentToday?: string;
                            snapshots?: {
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                recordTime: number;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                amount: string;
                            }[];
                            partitions?: {
                                /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                                partition: string;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                amount: string;
                            }[];
                            holds?: {
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                amount: string;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                expiresAt: number;
                                /** @enum {boolean} */
                                settlement?: true;
                            }[];
                        }[];
                        lastCheck?: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            accountId: string;
                            /** @description Every security's sub-ledger sum equals the account's public balance */
                            reconciled: boolean;
                            securities: {
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                securityId: string;
                                subLedger: string;
                                public: string;
                                reconciled: boolean;
                            }[];
                            /** @description The audit log position (event seq) it was checked after */
                            checkedAfter: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    positions: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
                /** @description Page size (default 100) */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            accountId: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            securityId: string;
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            owner: string;
                            /**
                             * @description ISO 3166-1 alpha-2 country code
                             * @example DE
                             */
                            jurisdiction: string;
                            investorType: "retail" | "professional" | "institutional";
                            /**
                             * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                             * @example 1000
                             */
                            amount: string;
                            /**
                             * @description Milliseconds since the Unix epoch
                             * @example 1893456000000
                             */
                            updatedAt: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    reconciliation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        accountId: string;
                        /** @description Every security's sub-ledger sum equals the account's public balance */
                        reconciled: boolean;
                        securities: {
                            /**
                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                             * @example acme
                             */
                            securityId: string;
                            subLedger: string;
                            public: string;
                            reconciled: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    deposit: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    securityId: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    accountId: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    from: string;
                    /**
                     * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    amount: string;
                    /** @description A beneficial owner; `jurisdiction` and `investorType` (attested by the custodian) are needed the first time it enters the account */
                    owner: {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        owner: string;
                        /**
                         * @description ISO 3166-1 alpha-2 country code
                         * @example DE
                         */
                        jurisdiction?: string;
                        investorType?: "retail" | "professional" | "institutional";
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    withdraw: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    securityId: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    accountId: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    to: string;
                    /**
                     * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    amount: string;
                    /** @description A beneficial owner; `jurisdiction` and `investorType` (attested by the custodian) are needed the first time it enters the account */
                    owner: {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        owner: string;
                        /**
                         * @description ISO 3166-1 alpha-2 country code
                         * @example DE
                         */
                        jurisdiction?: string;
                        investorType?: "retail" | "professional" | "institutional";
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    move: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Repeat a write safely: the same key from the same org returns the first response and never applies twice
                 * @example acme
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    securityId: string;
                    /**
                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                     * @example acme
                     */
                    accountId: string;
                    /** @description A beneficial owner; `jurisdiction` and `investorType` (attested by the custodian) are needed the first time it enters the account */
                    from: {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        owner: string;
                        /**
                         * @description ISO 3166-1 alpha-2 country code
                         * @example DE
                         */
                        jurisdiction?: string;
                        investorType?: "retail" | "professional" | "institutional";
                    };
                    /** @description A beneficial owner; `jurisdiction` and `investorType` (attested by the custodian) are needed the first time it enters the account */
                    to: {
                        /**
                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                         * @example acme
                         */
                        owner: string;
                        /**
                         * @description ISO 3166-1 alpha-2 country code
                         * @example DE
                         */
                        jurisdiction?: string;
                        investorType?: "retail" | "professional" | "institutional";
                    };
                    /**
                     * @description Positive integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                     * @example 1000
                     */
                    amount: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block that committed the transaction */
                        blockNumber: number;
                        /** @description The domain events the transaction emitted, in order */
                        events: ({
                            type: string;
                            v: number;
                            at: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    auditEvents: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
                /** @description Page size (default 100) */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description First block to list, as the audit stream's `fromBlock` (a `cursor` wins over it) */
                fromBlock?: number;
                /** @description Event type, e.g. Transferred */
                type?: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                securityId?: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                identity?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Position in the log; also a cursor */
                            seq: string;
                            /**
                             * @description Transaction id (hex)
                             * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                             */
                            txId: string;
                            blockNumber: number;
                            txIndex: number;
                            eventIndex: number;
                            timestamp: number;
                            /** @description The domain event as the chaincode emitted it */
                            event: {
                                [key: string]: unknown;
                            };
                            /** @description Identities the event is about */
                            identities: string[];
                            /** @description Securities the event is about */
                            securities: string[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    auditTransaction: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Transaction id (hex)
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                txId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Transaction id (hex)
                         * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                         */
                        txId: string;
                        /** @description Block and index, fixed width: sorts in ledger order */
                        position: string;
                        blockNumber: number;
                        txIndex: number;
                        /** @description Transaction timestamp, ms since the epoch */
                        timestamp: number;
                        eventCount: number;
                        events: {
                            /** @description Position in the log; also a cursor */
                            seq: string;
                            /**
                             * @description Transaction id (hex)
                             * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                             */
                            txId: string;
                            blockNumber: number;
                            txIndex: number;
                            eventIndex: number;
                            timestamp: number;
                            /** @description The domain event as the chaincode emitted it */
                            event: {
                                [key: string]: unknown;
                            };
                            /** @description Identities the event is about */
                            identities: string[];
                            /** @description Securities the event is about */
                            securities: string[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    auditHolders: {
        parameters: {
            query?: {
                /**
                 * @description Wait (bounded) until the read model includes this transaction
                 * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                 */
                consistentWith?: string;
                /** @description Wait (bounded) until the read model has applied every block below this ledger position: a refusal's error.details.position */
                position?: string;
                /** @description Page size (default 100) */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            holding: {
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                securityId: string;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                holder: string;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                balance: string;
                                frozen: boolean;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                frozenAmount: string;
                                lots: {
                                    /**
                                     * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                     * @example 1000
                                     */
                                    amount: string;
                                    /**
                                     * @description Milliseconds since the Unix epoch
                                     * @example 1893456000000
                                     */
                                    acquiredAt: number;
                                }[];
                                windows?: {
                                    windowMs: number;
                                    /**
                                     * @description Milliseconds since the Unix epoch
                                     * @example 1893456000000
                                     */
                                    start: number;
                                    /**
                                     * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                     * @example 1000
                                     */
                                    sent: string;
                                    count: number;
                                }[];
                                venueWindows?: {
                                    /**
                                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                     * @example acme
                                     */
                                    venue: string;
                                    windowMs: number;
                                    /**
                                     * @description Milliseconds since the Unix epoch
                                     * @example 1893456000000
                                     */
                                    start: number;
                                    /**
                                     * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                     * @example 1000
                                     */
                                    sent: string;
                                    count: number;
                                }[];
                                day?: number;
                                /**
                                 * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                 * @example 1000
                                 */
                                sentToday?: string;
                                snapshots?: {
                                    /**
                                     * @description Milliseconds since the Unix epoch
                                     * @example 1893456000000
                                     */
                                    recordTime: number;
                                    /**
                                     * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                     * @example 1000
                                     */
                                    amount: string;
                                }[];
                                partitions?: {
                                    /** @description Partition name, e.g. locked, reg-s (the default partition is `default`) */
                                    partition: string;
                                    /**
                                     * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                     * @example 1000
                                     */
                                    amount: string;
                                }[];
                                holds?: {
                                    /**
                                     * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                     * @example acme
                                     */
                                    id: string;
                                    /**
                                     * @description Non-negative integer amount in the smallest unit, as a decimal string (at most 10^38 - 1)
                                     * @example 1000
                                     */
                                    amount: string;
                                    /**
                                     * @description Milliseconds since the Unix epoch
                                     * @example 1893456000000
                                     */
                                    expiresAt: number;
                                    /** @enum {boolean} */
                                    settlement?: true;
                                }[];
                            };
                            identity: {
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                id: string;
                                /**
                                 * @description Organisation (MSP id)
                                 * @example Bank1MSP
                                 */
                                org: string;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                investor: string;
                                /**
                                 * @description ISO 3166-1 alpha-2 country code
                                 * @example DE
                                 */
                                jurisdiction: string;
                                investorType: "retail" | "professional" | "institutional";
                                /**
                                 * @description SHA-256 digest, lowercase hex
                                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                                 */
                                recordHash: string;
                                /**
                                 * @description Milliseconds since the Unix epoch
                                 * @example 1893456000000
                                 */
                                registeredAt: number;
                                /**
                                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                 * @example acme
                                 */
                                recoveredTo?: string;
                                claims: {
                                    [key: string]: {
                                        /**
                                         * @description Claim topic, e.g. kyc, aml, accredited
                                         * @example kyc
                                         */
                                        topic: string;
                                        issuer: {
                                            /**
                                             * @description Organisation (MSP id)
                                             * @example Bank1MSP
                                             */
                                            org: string;
                                            /**
                                             * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                             * @example acme
                                             */
                                            id: string;
                                        };
                                        /**
                                         * @description Milliseconds since the Unix epoch
                                         * @example 1893456000000
                                         */
                                        issuedAt: number;
                                        /**
                                         * @description Milliseconds since the Unix epoch
                                         * @example 1893456000000
                                         */
                                        expiresAt: number;
                                        revoked: boolean;
                                        /**
                                         * @description SHA-256 digest, lowercase hex
                                         * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                                         */
                                        evidenceHash: string;
                                    }[];
                                };
                                custody?: {
                                    custodian: {
                                        /**
                                         * @description Organisation (MSP id)
                                         * @example Bank1MSP
                                         */
                                        org: string;
                                        /**
                                         * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                                         * @example acme
                                         */
                                        id: string;
                                    };
                                    kind: "segregated" | "omnibus";
                                };
                            } | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    auditStream: {
        parameters: {
            query?: {
                /** @description First block to stream (default: only what commits from now on) */
                fromBlock?: number;
                /**
                 * @description Resume after this point, an event id (`<block>.<txIndex>`) or an audit event's `seq` (the audit list's cursor): the list's `nextCursor` or last `seq` goes on as a stream; wins over `fromBlock`
                 * @example 00000000000000000031.000000.0000
                 */
                cursor?: string;
                type?: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                securityId?: string;
                /**
                 * @description Identifier: letters, digits and . _ : @ -, at most 128 characters
                 * @example acme
                 */
                identity?: string;
            };
            header?: {
                /**
                 * @description Resume after this point, an event id (`<block>.<txIndex>`) or an audit event's `seq` (the audit list's cursor), as browsers send it on reconnect; wins over `cursor` and `fromBlock`
                 * @example 31.0
                 */
                "last-event-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-Sent Events: one `transaction` event per committed transaction */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
    eventStream: {
        parameters: {
            query?: {
                /** @description First block to stream (default: only what commits from now on) */
                fromBlock?: number;
                /**
                 * @description Resume after this point, an event id (`<block>.<txIndex>`) or an audit event's `seq` (the audit list's cursor): the list's `nextCursor` or last `seq` goes on as a stream; wins over `fromBlock`
                 * @example 00000000000000000031.000000.0000
                 */
                cursor?: string;
            };
            header?: {
                /**
                 * @description Resume after this point, an event id (`<block>.<txIndex>`) or an audit event's `seq` (the audit list's cursor), as browsers send it on reconnect; wins over `cursor` and `fromBlock`
                 * @example 31.0
                 */
                "last-event-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-Sent Events: one `transaction` event per committed transaction */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable reason code, e.g. ST2-KYC-MISSING */
                            code: string;
                            message: string;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description The reason code's ERC-1066 status code, null where the standard has none */
                            erc1066: {
                                /** @description e.g. 0x54 */
                                code: string;
                                /** @description The standard's own description, e.g. Insufficient Funds */
                                description: string;
                            } | null;
                        };
                    };
                };
            };
        };
    };
}
