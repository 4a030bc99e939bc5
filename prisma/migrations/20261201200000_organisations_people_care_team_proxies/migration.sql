-- P4: organisations (status, sharing agreement, DSPT, parent ICB), people (professional body, password
-- reset links, two administrator levels and the new roles), the explicit care team, proxies, and
-- consent withdrawal. Partial unique indexes and the backfill of existing rows are at the end.

-- CreateEnum
CREATE TYPE "OrganisationStatus" AS ENUM ('ACTIVE', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "DsptStatus" AS ENUM ('STANDARDS_EXCEEDED', 'STANDARDS_MET', 'APPROACHING_STANDARDS', 'STANDARDS_NOT_MET', 'NOT_PUBLISHED');

-- CreateEnum
CREATE TYPE "ProfessionalBody" AS ENUM ('GMC', 'NMC', 'HCPC', 'GPHC', 'SWE', 'GDC', 'GOC');

-- CreateEnum
CREATE TYPE "CareTeamRole" AS ENUM ('REGISTERED_PRACTICE', 'COMMUNITY_TEAM', 'HOSPICE', 'CARE_HOME', 'SPECIALIST_TEAM', 'SOCIAL_CARE', 'OTHER');

-- CreateEnum
CREATE TYPE "ProxyBasis" AS ENUM ('LASTING_POWER_OF_ATTORNEY', 'PARENT', 'NOMINATED_CARER');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Role" ADD VALUE 'ORG_ADMIN';
ALTER TYPE "Role" ADD VALUE 'ED_CLINICIAN';
ALTER TYPE "Role" ADD VALUE 'CARE_HOME_STAFF';
ALTER TYPE "Role" ADD VALUE 'CARE_HOME_NURSE';
ALTER TYPE "Role" ADD VALUE 'SPECIALIST_DOCTOR';
ALTER TYPE "Role" ADD VALUE 'SOCIAL_WORKER';
ALTER TYPE "Role" ADD VALUE 'PROXY';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "OrganisationKind" ADD VALUE 'ICB';
ALTER TYPE "OrganisationKind" ADD VALUE 'LOCAL_AUTHORITY';

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "dsptStatus" "DsptStatus",
ADD COLUMN     "dsptStatusOn" DATE,
ADD COLUMN     "parentIcbId" UUID,
ADD COLUMN     "postcode" VARCHAR(10),
ADD COLUMN     "sharingAgreementSignedOn" DATE,
ADD COLUMN     "status" "OrganisationStatus" NOT NULL DEFAULT 'ACTIVE',
ADD COLUMN     "suspendedAt" TIMESTAMPTZ(3),
ADD COLUMN     "suspendedReason" VARCHAR(500),
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "professionalBody" "ProfessionalBody";

-- AlterTable
ALTER TABLE "Patient" ADD COLUMN     "sharingWithdrawnAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Consent" ADD COLUMN     "withdrawnById" UUID;

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "subjectId" UUID;

-- CreateTable
CREATE TABLE "CareTeamMembership" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "role" "CareTeamRole" NOT NULL,
    "since" DATE NOT NULL,
    "until" DATE,
    "addedById" UUID,
    "addedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedById" UUID,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CareTeamMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProxyLink" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "proxyUserId" UUID NOT NULL,
    "basis" "ProxyBasis" NOT NULL,
    "relationship" VARCHAR(100) NOT NULL,
    "evidence" VARCHAR(500),
    "recordedById" UUID NOT NULL,
    "recordedByRole" "Role" NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),
    "endedById" UUID,
    "endReason" VARCHAR(500),

    CONSTRAINT "ProxyLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordResetToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" VARCHAR(64) NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PasswordResetToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CareTeamMembership_patientId_idx" ON "CareTeamMembership"("patientId");

-- CreateIndex
CREATE INDEX "CareTeamMembership_organisationId_patientId_idx" ON "CareTeamMembership"("organisationId", "patientId");

-- CreateIndex
CREATE INDEX "ProxyLink_proxyUserId_endedAt_idx" ON "ProxyLink"("proxyUserId", "endedAt");

-- CreateIndex
CREATE INDEX "ProxyLink_patientId_endedAt_idx" ON "ProxyLink"("patientId", "endedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordResetToken_tokenHash_key" ON "PasswordResetToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordResetToken_userId_idx" ON "PasswordResetToken"("userId");

-- CreateIndex
CREATE INDEX "Organisation_parentIcbId_idx" ON "Organisation"("parentIcbId");

-- CreateIndex
CREATE INDEX "AuditEvent_subjectId_at_idx" ON "AuditEvent"("subjectId", "at");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_parentIcbId_fkey" FOREIGN KEY ("parentIcbId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CareTeamMembership" ADD CONSTRAINT "CareTeamMembership_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CareTeamMembership" ADD CONSTRAINT "CareTeamMembership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProxyLink" ADD CONSTRAINT "ProxyLink_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProxyLink" ADD CONSTRAINT "ProxyLink_proxyUserId_fkey" FOREIGN KEY ("proxyUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordResetToken" ADD CONSTRAINT "PasswordResetToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One current membership per organisation in a person's care team, one open link per proxy and patient.
CREATE UNIQUE INDEX "CareTeamMembership_current_key" ON "CareTeamMembership" ("patientId", "organisationId") WHERE "endedAt" IS NULL;
CREATE UNIQUE INDEX "ProxyLink_open_key" ON "ProxyLink" ("patientId", "proxyUserId") WHERE "endedAt" IS NULL;

-- Organisations already in service were admitted under the first design: their agreement stands
-- from the day they joined, so nobody is locked out by this migration.
UPDATE "Organisation" SET "sharingAgreementSignedOn" = "createdAt"::date WHERE "sharingAgreementSignedOn" IS NULL;

-- The care team the first design derived (registered practice, plan owner, version authors), made explicit.
INSERT INTO "CareTeamMembership" ("id", "patientId", "organisationId", "role", "since")
SELECT gen_random_uuid(), p."id", p."registeredPracticeId", 'REGISTERED_PRACTICE', p."createdAt"::date
  FROM "Patient" p WHERE p."registeredPracticeId" IS NOT NULL;

INSERT INTO "CareTeamMembership" ("id", "patientId", "organisationId", "role", "since")
SELECT gen_random_uuid(), t."patientId", t."organisationId",
       (CASE o."kind" WHEN 'HOSPICE' THEN 'HOSPICE' WHEN 'CARE_HOME' THEN 'CARE_HOME' WHEN 'COMMUNITY' THEN 'COMMUNITY_TEAM'
                      WHEN 'HOSPITAL' THEN 'SPECIALIST_TEAM' ELSE 'OTHER' END)::"CareTeamRole", t."since"
  FROM (SELECT c."patientId", x."organisationId", min(x."at")::date AS "since"
          FROM "CarePlan" c
          JOIN (SELECT "id" AS "planId", "ownerOrganisationId" AS "organisationId", "createdAt" AS "at" FROM "CarePlan"
                UNION ALL SELECT "planId", "organisationId", "publishedAt" FROM "CarePlanVersion") x ON x."planId" = c."id"
         WHERE x."organisationId" IS NOT NULL
         GROUP BY c."patientId", x."organisationId") t
  JOIN "Organisation" o ON o."id" = t."organisationId"
 WHERE NOT EXISTS (SELECT 1 FROM "CareTeamMembership" m WHERE m."patientId" = t."patientId" AND m."organisationId" = t."organisationId");
