CREATE TYPE "public"."locale" AS ENUM('en', 'fr', 'es', 'pt');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('coordinator', 'working_group_member', 'agency_adviser', 'reviewer');--> statement-breakpoint
CREATE TYPE "public"."agency_kind" AS ENUM('un_agency', 'development_bank', 'development_partner', 'ngo');--> statement-breakpoint
CREATE TYPE "public"."region" AS ENUM('africa', 'americas', 'arab_states', 'asia_pacific', 'europe_central_asia');--> statement-breakpoint
CREATE TYPE "public"."spfi_status" AS ENUM('activities_under_way', 'interest_expressed');--> statement-breakpoint
CREATE TYPE "public"."evidence_kind" AS ENUM('link', 'file');--> statement-breakpoint
CREATE TYPE "public"."review_state" AS ENUM('in_review', 'changes_requested', 'validated');--> statement-breakpoint
CREATE TYPE "public"."sharing_level" AS ENUM('country', 'all');--> statement-breakpoint
CREATE TYPE "public"."step_status" AS ENUM('not_started', 'in_progress', 'completed', 'not_applicable');--> statement-breakpoint
CREATE TYPE "public"."need_kind" AS ENUM('technical', 'funding');--> statement-breakpoint
CREATE TYPE "public"."priority" AS ENUM('high', 'medium', 'low');--> statement-breakpoint
CREATE TYPE "public"."support_kind" AS ENUM('technical', 'financial');--> statement-breakpoint
CREATE TYPE "public"."support_status" AS ENUM('planned', 'ongoing', 'delivered');--> statement-breakpoint
CREATE TYPE "public"."technical_category" AS ENUM('advocacy_awareness', 'needs_assessment', 'costing_modelling', 'expenditure_review', 'policy_legal_design', 'monitoring_evaluation', 'training_capacity', 'south_south_cooperation');--> statement-breakpoint
CREATE TYPE "public"."transaction_type" AS ENUM('pledged', 'committed', 'disbursed', 'spent');--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"address" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "role" NOT NULL,
	"country_code" char(2),
	"agency_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "membership_scope" CHECK (("memberships"."role" = 'working_group_member' and "memberships"."country_code" is not null and "memberships"."agency_id" is null)
        or ("memberships"."role" = 'agency_adviser' and "memberships"."agency_id" is not null and "memberships"."country_code" is null)
        or ("memberships"."role" in ('coordinator', 'reviewer') and "memberships"."country_code" is null and "memberships"."agency_id" is null))
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"locale" "locale",
	"active" boolean DEFAULT true NOT NULL,
	"deactivated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "agencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"acronym" text NOT NULL,
	"short_name" jsonb NOT NULL,
	"name" jsonb NOT NULL,
	"kind" "agency_kind" NOT NULL,
	"iati_ref" text,
	"iati_org_type" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agencies_acronym_unique" UNIQUE("acronym")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"country_code" char(2),
	"agency_id" uuid,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "framework_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"requires_evidence" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "framework_steps_versionId_key_unique" UNIQUE("version_id","key"),
	CONSTRAINT "framework_steps_versionId_position_unique" UNIQUE("version_id","position")
);
--> statement-breakpoint
CREATE TABLE "framework_sub_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"step_id" uuid NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	CONSTRAINT "framework_sub_activities_stepId_key_unique" UNIQUE("step_id","key")
);
--> statement-breakpoint
CREATE TABLE "framework_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer NOT NULL,
	"notes" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "framework_versions_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "countries" (
	"code" char(2) PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"region" "region" NOT NULL,
	"spfi_status" "spfi_status" NOT NULL,
	"framework_version_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "country_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_code" char(2) NOT NULL,
	"framework_step_id" uuid,
	"national_title" text,
	"national_description" text,
	"position" integer NOT NULL,
	"status" "step_status" DEFAULT 'not_started' NOT NULL,
	"status_reason" text,
	"status_changed_at" timestamp with time zone,
	"status_changed_by_id" uuid,
	"signed_off_at" timestamp with time zone,
	"signed_off_by_id" uuid,
	"sign_off_note" text,
	"review_state" "review_state",
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "country_steps_countryCode_frameworkStepId_unique" UNIQUE("country_code","framework_step_id")
);
--> statement-breakpoint
CREATE TABLE "country_sub_activities" (
	"country_step_id" uuid NOT NULL,
	"sub_activity_id" uuid NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by_id" uuid,
	CONSTRAINT "country_sub_activities_country_step_id_sub_activity_id_pk" PRIMARY KEY("country_step_id","sub_activity_id")
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"milestone_id" uuid NOT NULL,
	"country_code" char(2) NOT NULL,
	"kind" "evidence_kind" NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"file_id" uuid,
	"sharing_level" "sharing_level" DEFAULT 'country' NOT NULL,
	"added_by_id" uuid NOT NULL,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_code" char(2) NOT NULL,
	"country_step_id" uuid NOT NULL,
	"title" text NOT NULL,
	"occurred_on" date NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"author_id" uuid NOT NULL,
	"sharing_level" "sharing_level" DEFAULT 'country' NOT NULL,
	"review_state" "review_state",
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stored_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sha256" char(64) NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"original_name" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_support_links" (
	"need_id" uuid NOT NULL,
	"support_entry_id" uuid NOT NULL,
	"linked_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "need_support_links_need_id_support_entry_id_pk" PRIMARY KEY("need_id","support_entry_id")
);
--> statement-breakpoint
CREATE TABLE "support_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_code" char(2) NOT NULL,
	"agency_id" uuid NOT NULL,
	"country_step_id" uuid,
	"kind" "support_kind" NOT NULL,
	"reference" text,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"technical_category" "technical_category",
	"status" "support_status" DEFAULT 'planned' NOT NULL,
	"start_date" date,
	"end_date" date,
	"deliverables" text DEFAULT '' NOT NULL,
	"amount" numeric(20, 4),
	"currency" char(3),
	"created_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_dates" CHECK ("support_entries"."end_date" is null or "support_entries"."start_date" is null or "support_entries"."end_date" >= "support_entries"."start_date"),
	CONSTRAINT "support_money" CHECK (("support_entries"."kind" = 'financial' and "support_entries"."amount" is not null and "support_entries"."amount" >= 0 and "support_entries"."currency" is not null)
        or ("support_entries"."kind" = 'technical' and "support_entries"."technical_category" is not null))
);
--> statement-breakpoint
CREATE TABLE "support_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_code" char(2) NOT NULL,
	"country_step_id" uuid NOT NULL,
	"kind" "need_kind" NOT NULL,
	"technical_category" "technical_category",
	"description" text NOT NULL,
	"estimate_amount" numeric(20, 4),
	"estimate_currency" char(3),
	"priority" "priority" DEFAULT 'medium' NOT NULL,
	"created_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "need_estimate" CHECK (("support_needs"."kind" = 'funding' and "support_needs"."estimate_amount" is not null and "support_needs"."estimate_amount" >= 0 and "support_needs"."estimate_currency" is not null)
        or ("support_needs"."kind" = 'technical' and "support_needs"."technical_category" is not null))
);
--> statement-breakpoint
CREATE TABLE "support_transactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"support_entry_id" uuid NOT NULL,
	"type" "transaction_type" NOT NULL,
	"amount" numeric(20, 4) NOT NULL,
	"currency" char(3) NOT NULL,
	"occurred_on" date NOT NULL,
	"confirmation_note" text,
	"created_by_id" uuid NOT NULL,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transaction_amount" CHECK ("support_transactions"."amount" > 0)
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_steps" ADD CONSTRAINT "framework_steps_version_id_framework_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."framework_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_sub_activities" ADD CONSTRAINT "framework_sub_activities_step_id_framework_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."framework_steps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "countries" ADD CONSTRAINT "countries_framework_version_id_framework_versions_id_fk" FOREIGN KEY ("framework_version_id") REFERENCES "public"."framework_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_steps" ADD CONSTRAINT "country_steps_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_steps" ADD CONSTRAINT "country_steps_framework_step_id_framework_steps_id_fk" FOREIGN KEY ("framework_step_id") REFERENCES "public"."framework_steps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_steps" ADD CONSTRAINT "country_steps_status_changed_by_id_users_id_fk" FOREIGN KEY ("status_changed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_steps" ADD CONSTRAINT "country_steps_signed_off_by_id_users_id_fk" FOREIGN KEY ("signed_off_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_sub_activities" ADD CONSTRAINT "country_sub_activities_country_step_id_country_steps_id_fk" FOREIGN KEY ("country_step_id") REFERENCES "public"."country_steps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_sub_activities" ADD CONSTRAINT "country_sub_activities_sub_activity_id_framework_sub_activities_id_fk" FOREIGN KEY ("sub_activity_id") REFERENCES "public"."framework_sub_activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_sub_activities" ADD CONSTRAINT "country_sub_activities_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_milestone_id_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."milestones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_added_by_id_users_id_fk" FOREIGN KEY ("added_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_country_step_id_country_steps_id_fk" FOREIGN KEY ("country_step_id") REFERENCES "public"."country_steps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_support_links" ADD CONSTRAINT "need_support_links_need_id_support_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."support_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_support_links" ADD CONSTRAINT "need_support_links_support_entry_id_support_entries_id_fk" FOREIGN KEY ("support_entry_id") REFERENCES "public"."support_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_support_links" ADD CONSTRAINT "need_support_links_linked_by_id_users_id_fk" FOREIGN KEY ("linked_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_entries" ADD CONSTRAINT "support_entries_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_entries" ADD CONSTRAINT "support_entries_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_entries" ADD CONSTRAINT "support_entries_country_step_id_country_steps_id_fk" FOREIGN KEY ("country_step_id") REFERENCES "public"."country_steps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_entries" ADD CONSTRAINT "support_entries_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_entries" ADD CONSTRAINT "support_entries_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_needs" ADD CONSTRAINT "support_needs_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_needs" ADD CONSTRAINT "support_needs_country_step_id_country_steps_id_fk" FOREIGN KEY ("country_step_id") REFERENCES "public"."country_steps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_needs" ADD CONSTRAINT "support_needs_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_transactions" ADD CONSTRAINT "support_transactions_support_entry_id_support_entries_id_fk" FOREIGN KEY ("support_entry_id") REFERENCES "public"."support_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_transactions" ADD CONSTRAINT "support_transactions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "login_attempts_email_at_index" ON "login_attempts" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "login_attempts_address_at_index" ON "login_attempts" USING btree ("address","at");--> statement-breakpoint
CREATE INDEX "memberships_user_id_index" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_type_entity_id_at_index" ON "audit_log" USING btree ("entity_type","entity_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_country_code_at_index" ON "audit_log" USING btree ("country_code","at");--> statement-breakpoint
CREATE INDEX "audit_log_at_index" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "country_steps_country_code_position_index" ON "country_steps" USING btree ("country_code","position");--> statement-breakpoint
CREATE INDEX "evidence_milestone_id_index" ON "evidence" USING btree ("milestone_id");--> statement-breakpoint
CREATE INDEX "milestones_country_step_id_occurred_on_index" ON "milestones" USING btree ("country_step_id","occurred_on");--> statement-breakpoint
CREATE INDEX "milestones_country_code_occurred_on_index" ON "milestones" USING btree ("country_code","occurred_on");--> statement-breakpoint
CREATE INDEX "support_entries_country_code_country_step_id_index" ON "support_entries" USING btree ("country_code","country_step_id");--> statement-breakpoint
CREATE INDEX "support_entries_agency_id_index" ON "support_entries" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "support_entries_agency_id_reference_index" ON "support_entries" USING btree ("agency_id","reference") WHERE "support_entries"."reference" is not null;--> statement-breakpoint
CREATE INDEX "support_needs_country_code_country_step_id_index" ON "support_needs" USING btree ("country_code","country_step_id");--> statement-breakpoint
CREATE INDEX "support_transactions_support_entry_id_index" ON "support_transactions" USING btree ("support_entry_id");