-- CreateEnum
CREATE TYPE "Role" AS ENUM ('GP', 'NURSE', 'PARAMEDIC', 'CALL_HANDLER_111', 'CLINICIAN_111', 'OOH_GP', 'PATIENT', 'ADMIN');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('GP_PRACTICE', 'COMMUNITY', 'HOSPICE', 'CARE_HOME', 'AMBULANCE_SERVICE', 'NHS_111', 'OUT_OF_HOURS', 'HOSPITAL');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'ACTIVE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ConsentBasis" AS ENUM ('EXPLICIT_CONSENT', 'LASTING_POWER_OF_ATTORNEY', 'BEST_INTERESTS');

-- CreateEnum
CREATE TYPE "ChangeRequestStatus" AS ENUM ('OPEN', 'DONE', 'DECLINED');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('SUCCESS', 'FAILURE', 'DENIED');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "odsCode" VARCHAR(12) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "role" "Role" NOT NULL,
    "organisationId" UUID,
    "professionalRegistration" VARCHAR(40),
    "passwordHash" VARCHAR(200),
    "patientId" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" TIMESTAMPTZ(3),
    "failedSignIns" INTEGER NOT NULL DEFAULT 0,
    "lastFailedSignInAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Patient" (
    "id" UUID NOT NULL,
    "nhsNumber" CHAR(10) NOT NULL,
    "givenName" VARCHAR(100) NOT NULL,
    "familyName" VARCHAR(100) NOT NULL,
    "dateOfBirth" DATE NOT NULL,
    "sex" "Sex" NOT NULL,
    "addressLine1" VARCHAR(200) NOT NULL,
    "addressLine2" VARCHAR(200),
    "town" VARCHAR(100) NOT NULL,
    "postcode" VARCHAR(10) NOT NULL,
    "phone" VARCHAR(30),
    "registeredPracticeId" UUID,
    "dateOfDeath" DATE,
    "placeOfDeath" VARCHAR(40),
    "diedAtPreferredPlace" BOOLEAN,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Patient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CarePlan" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedVersion" INTEGER NOT NULL DEFAULT 0,
    "draftContent" JSONB,
    "draftBaseVersion" INTEGER,
    "draftRevision" INTEGER NOT NULL DEFAULT 0,
    "draftUpdatedAt" TIMESTAMPTZ(3),
    "draftUpdatedById" UUID,
    "reviewDate" DATE,
    "ownerId" UUID,
    "ownerOrganisationId" UUID,
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" VARCHAR(1000),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CarePlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CarePlanVersion" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "schemaVersion" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "cprDecision" VARCHAR(40),
    "clinicalFocus" VARCHAR(40),
    "preferredPlaceOfDeath" VARCHAR(40),
    "authorId" UUID NOT NULL,
    "authorRole" "Role" NOT NULL,
    "organisationId" UUID,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changeSummary" VARCHAR(1000) NOT NULL,

    CONSTRAINT "CarePlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "basis" "ConsentBasis" NOT NULL,
    "notes" VARCHAR(1000),
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMPTZ(3),

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorRole" "Role",
    "organisationId" UUID,
    "action" VARCHAR(60) NOT NULL,
    "patientId" UUID,
    "planId" UUID,
    "version" INTEGER,
    "reason" VARCHAR(500),
    "outcome" "AuditOutcome" NOT NULL,
    "ip" VARCHAR(64),
    "userAgent" VARCHAR(400),
    "detail" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeRequest" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "planId" UUID,
    "text" VARCHAR(2000) NOT NULL,
    "status" "ChangeRequestStatus" NOT NULL DEFAULT 'OPEN',
    "requestedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handledById" UUID,
    "handledAt" TIMESTAMPTZ(3),
    "response" VARCHAR(2000),

    CONSTRAINT "ChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_odsCode_key" ON "Organisation"("odsCode");

-- CreateIndex
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_patientId_key" ON "User"("patientId");

-- CreateIndex
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE UNIQUE INDEX "Patient_nhsNumber_key" ON "Patient"("nhsNumber");

-- CreateIndex
CREATE INDEX "Patient_dateOfBirth_familyName_idx" ON "Patient"("dateOfBirth", "familyName");

-- CreateIndex
CREATE INDEX "Patient_registeredPracticeId_idx" ON "Patient"("registeredPracticeId");

-- CreateIndex
CREATE UNIQUE INDEX "CarePlan_patientId_key" ON "CarePlan"("patientId");

-- CreateIndex
CREATE INDEX "CarePlan_ownerId_reviewDate_idx" ON "CarePlan"("ownerId", "reviewDate");

-- CreateIndex
CREATE INDEX "CarePlan_ownerOrganisationId_reviewDate_idx" ON "CarePlan"("ownerOrganisationId", "reviewDate");

-- CreateIndex
CREATE INDEX "CarePlan_status_reviewDate_idx" ON "CarePlan"("status", "reviewDate");

-- CreateIndex
CREATE UNIQUE INDEX "CarePlanVersion_planId_version_key" ON "CarePlanVersion"("planId", "version");

-- CreateIndex
CREATE INDEX "Consent_patientId_recordedAt_idx" ON "Consent"("patientId", "recordedAt");

-- CreateIndex
CREATE INDEX "AuditEvent_patientId_at_idx" ON "AuditEvent"("patientId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_organisationId_at_idx" ON "AuditEvent"("organisationId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_action_ip_at_idx" ON "AuditEvent"("action", "ip", "at");

-- CreateIndex
CREATE INDEX "ChangeRequest_patientId_createdAt_idx" ON "ChangeRequest"("patientId", "createdAt");

-- CreateIndex
CREATE INDEX "ChangeRequest_planId_status_idx" ON "ChangeRequest"("planId", "status");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Patient" ADD CONSTRAINT "Patient_registeredPracticeId_fkey" FOREIGN KEY ("registeredPracticeId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CarePlan" ADD CONSTRAINT "CarePlan_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CarePlan" ADD CONSTRAINT "CarePlan_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CarePlan" ADD CONSTRAINT "CarePlan_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CarePlanVersion" ADD CONSTRAINT "CarePlanVersion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "CarePlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CarePlanVersion" ADD CONSTRAINT "CarePlanVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRequest" ADD CONSTRAINT "ChangeRequest_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRequest" ADD CONSTRAINT "ChangeRequest_planId_fkey" FOREIGN KEY ("planId") REFERENCES "CarePlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRequest" ADD CONSTRAINT "ChangeRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRequest" ADD CONSTRAINT "ChangeRequest_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
