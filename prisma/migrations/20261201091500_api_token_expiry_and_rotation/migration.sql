-- API tokens expire and can be rotated.
ALTER TABLE "ApiClient" ADD COLUMN     "expiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "previousTokenExpiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "previousTokenHash" VARCHAR(64),
ADD COLUMN     "rotatedAt" TIMESTAMPTZ(3);

-- Existing tokens: 90 days from issue, but never sooner than 30 days from now, so systems in use
-- are not cut off by the upgrade itself and their operators have time to rotate.
UPDATE "ApiClient" SET "expiresAt" = GREATEST("createdAt" + INTERVAL '90 days', CURRENT_TIMESTAMP + INTERVAL '30 days');

ALTER TABLE "ApiClient" ALTER COLUMN "expiresAt" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "ApiClient_previousTokenHash_key" ON "ApiClient"("previousTokenHash");
