-- LTI 1.3 Advantage (issue 12): registered platforms and deployments, their users, contexts (→ classes) and resource
-- links (→ assignments), the OIDC login state, launch tickets, deep-linking requests, Kakunin's signing keys and the
-- scores sent back. New tables only: existing rows are untouched.
CREATE TYPE "LtiScoreStatus" AS ENUM ('pending', 'sent', 'failed');

CREATE TABLE "LtiPlatform" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "issuer" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "authLoginUrl" TEXT NOT NULL,
    "accessTokenUrl" TEXT NOT NULL,
    "jwksUrl" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LtiPlatform_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "LtiPlatform_issuer_clientId_key" ON "LtiPlatform"("issuer", "clientId");

CREATE TABLE "LtiDeployment" (
    "platformId" UUID NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LtiDeployment_pkey" PRIMARY KEY ("platformId", "deploymentId")
);

CREATE TABLE "LtiUser" (
    "platformId" UUID NOT NULL,
    "sub" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LtiUser_pkey" PRIMARY KEY ("platformId", "sub")
);
CREATE INDEX "LtiUser_userId_idx" ON "LtiUser"("userId");

CREATE TABLE "LtiContext" (
    "platformId" UUID NOT NULL,
    "contextId" TEXT NOT NULL,
    "classId" UUID NOT NULL,
    "membershipsUrl" TEXT,
    "lineItemsUrl" TEXT,
    "rosterSyncedAt" TIMESTAMP(3),

    CONSTRAINT "LtiContext_pkey" PRIMARY KEY ("platformId", "contextId")
);
CREATE UNIQUE INDEX "LtiContext_classId_key" ON "LtiContext"("classId");

CREATE TABLE "LtiResourceLink" (
    "id" UUID NOT NULL,
    "platformId" UUID NOT NULL,
    "resourceLinkId" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "assignmentId" UUID,
    "lineItemUrl" TEXT,
    "agsScopes" TEXT[] NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LtiResourceLink_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "LtiResourceLink_assignmentId_key" ON "LtiResourceLink"("assignmentId");
CREATE UNIQUE INDEX "LtiResourceLink_platformId_resourceLinkId_key" ON "LtiResourceLink"("platformId", "resourceLinkId");

CREATE TABLE "LtiLoginState" (
    "state" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "platformId" UUID NOT NULL,
    "targetLinkUri" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "LtiLoginState_pkey" PRIMARY KEY ("state")
);
CREATE INDEX "LtiLoginState_expiresAt_idx" ON "LtiLoginState"("expiresAt");

CREATE TABLE "LtiLaunchTicket" (
    "tokenHash" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "target" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "LtiLaunchTicket_pkey" PRIMARY KEY ("tokenHash")
);

CREATE TABLE "LtiDeepLink" (
    "id" UUID NOT NULL,
    "platformId" UUID NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "returnUrl" TEXT NOT NULL,
    "data" TEXT,
    "acceptMultiple" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "LtiDeepLink_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "LtiKey" (
    "kid" TEXT NOT NULL,
    "publicJwk" JSONB NOT NULL,
    "privateJwk" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),
    "publishedUntil" TIMESTAMP(3),

    CONSTRAINT "LtiKey_pkey" PRIMARY KEY ("kid")
);

CREATE TABLE "LtiScore" (
    "id" UUID NOT NULL,
    "linkId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "eventKey" TEXT NOT NULL,
    "status" "LtiScoreStatus" NOT NULL DEFAULT 'pending',
    "tries" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "scoreGiven" DOUBLE PRECISION,
    "scoreMaximum" DOUBLE PRECISION,
    "gradingProgress" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "LtiScore_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "LtiScore_linkId_userId_eventKey_key" ON "LtiScore"("linkId", "userId", "eventKey");
CREATE INDEX "LtiScore_status_createdAt_idx" ON "LtiScore"("status", "createdAt");

ALTER TABLE "LtiDeployment" ADD CONSTRAINT "LtiDeployment_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "LtiPlatform"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LtiUser" ADD CONSTRAINT "LtiUser_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "LtiPlatform"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LtiUser" ADD CONSTRAINT "LtiUser_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LtiContext" ADD CONSTRAINT "LtiContext_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "LtiPlatform"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LtiContext" ADD CONSTRAINT "LtiContext_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LtiResourceLink" ADD CONSTRAINT "LtiResourceLink_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "LtiPlatform"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LtiResourceLink" ADD CONSTRAINT "LtiResourceLink_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "LtiLoginState" ADD CONSTRAINT "LtiLoginState_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "LtiPlatform"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LtiScore" ADD CONSTRAINT "LtiScore_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "LtiResourceLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LtiScore" ADD CONSTRAINT "LtiScore_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
