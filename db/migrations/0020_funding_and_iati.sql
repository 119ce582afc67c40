CREATE TYPE "public"."funding_source" AS ENUM('own', 'member', 'donor');--> statement-breakpoint
CREATE TYPE "public"."exchange_rate_period" AS ENUM('day', 'month', 'year');--> statement-breakpoint
CREATE TYPE "public"."iati_import_state" AS ENUM('reading', 'ready', 'failed', 'applied');--> statement-breakpoint
CREATE TABLE "exchange_rate_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid NOT NULL,
	"format" "import_format" NOT NULL,
	"row_count" integer NOT NULL,
	"report" jsonb NOT NULL,
	"created_by_id" uuid NOT NULL,
	"applied_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_rates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"currency" char(3) NOT NULL,
	"base_currency" char(3) NOT NULL,
	"period" "exchange_rate_period" NOT NULL,
	"period_start" date NOT NULL,
	"rate" numeric(30, 10) NOT NULL,
	"source" text NOT NULL,
	"import_id" uuid,
	"created_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_rate_positive" CHECK ("exchange_rates"."rate" > 0),
	CONSTRAINT "exchange_rate_currencies" CHECK ("exchange_rates"."currency" <> "exchange_rates"."base_currency")
);
--> statement-breakpoint
CREATE TABLE "iati_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"state" "iati_import_state" DEFAULT 'reading' NOT NULL,
	"declared_version" text,
	"byte_size" integer NOT NULL,
	"bytes_read" integer DEFAULT 0 NOT NULL,
	"activity_count" integer DEFAULT 0 NOT NULL,
	"sector_codes" jsonb,
	"report" jsonb,
	"failure" text,
	"created_by_id" uuid NOT NULL,
	"applied_at" timestamp with time zone,
	"applied_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "iati_import_progress" CHECK ("iati_imports"."bytes_read" between 0 and "iati_imports"."byte_size")
);
--> statement-breakpoint
CREATE TABLE "installation_settings" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"reporting_currency" char(3) DEFAULT 'USD' NOT NULL,
	"rate_max_age_days" integer DEFAULT 366 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "installation_settings_one_row" CHECK ("installation_settings"."id"),
	CONSTRAINT "installation_settings_rate_age" CHECK ("installation_settings"."rate_max_age_days" between 0 and 3660)
);
--> statement-breakpoint
ALTER TABLE "support_entries" ADD COLUMN "funding_source" "funding_source" DEFAULT 'own' NOT NULL;--> statement-breakpoint
ALTER TABLE "support_entries" ADD COLUMN "funding_agency_id" uuid;--> statement-breakpoint
ALTER TABLE "support_entries" ADD COLUMN "funding_donor" text;--> statement-breakpoint
ALTER TABLE "support_entries" ADD COLUMN "pass_through_of_entry_id" uuid;--> statement-breakpoint
ALTER TABLE "support_entries" ADD COLUMN "iati_identifier" text;--> statement-breakpoint
ALTER TABLE "support_entries" ADD COLUMN "iati_imported_version" integer;--> statement-breakpoint
ALTER TABLE "support_transactions" ADD COLUMN "value_date" date;--> statement-breakpoint
UPDATE "support_transactions" SET "value_date" = "occurred_on";--> statement-breakpoint
ALTER TABLE "support_transactions" ALTER COLUMN "value_date" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "support_transactions" ADD COLUMN "iati_reference" text;--> statement-breakpoint
ALTER TABLE "exchange_rate_imports" ADD CONSTRAINT "exchange_rate_imports_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_rate_imports" ADD CONSTRAINT "exchange_rate_imports_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_rates" ADD CONSTRAINT "exchange_rates_import_id_exchange_rate_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."exchange_rate_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_rates" ADD CONSTRAINT "exchange_rates_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_rates" ADD CONSTRAINT "exchange_rates_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iati_imports" ADD CONSTRAINT "iati_imports_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iati_imports" ADD CONSTRAINT "iati_imports_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iati_imports" ADD CONSTRAINT "iati_imports_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iati_imports" ADD CONSTRAINT "iati_imports_applied_by_id_users_id_fk" FOREIGN KEY ("applied_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "installation_settings" ADD CONSTRAINT "installation_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exchange_rate_imports_created_by_id_created_at_index" ON "exchange_rate_imports" USING btree ("created_by_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_rates_live_key" ON "exchange_rates" USING btree ("currency","base_currency","period","period_start") WHERE "exchange_rates"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "exchange_rates_lookup" ON "exchange_rates" USING btree ("base_currency","currency","period_start");--> statement-breakpoint
CREATE INDEX "iati_imports_agency_id_created_at_index" ON "iati_imports" USING btree ("agency_id","created_at");--> statement-breakpoint
ALTER TABLE "support_entries" ADD CONSTRAINT "support_entries_funding_agency_id_agencies_id_fk" FOREIGN KEY ("funding_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_entries" ADD CONSTRAINT "support_entries_pass_through_of_entry_id_support_entries_id_fk" FOREIGN KEY ("pass_through_of_entry_id") REFERENCES "public"."support_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "support_entries_iati_identifier" ON "support_entries" USING btree ("agency_id","iati_identifier","country_code");--> statement-breakpoint
CREATE INDEX "support_entries_pass_through_of_entry_id_index" ON "support_entries" USING btree ("pass_through_of_entry_id");--> statement-breakpoint
ALTER TABLE "support_entries" ADD CONSTRAINT "support_funding_source" CHECK (("support_entries"."funding_source" = 'own' and "support_entries"."funding_agency_id" is null and "support_entries"."funding_donor" is null)
        or ("support_entries"."funding_source" = 'member' and "support_entries"."funding_agency_id" is not null and "support_entries"."funding_donor" is null)
        or ("support_entries"."funding_source" = 'donor' and "support_entries"."funding_agency_id" is null and "support_entries"."funding_donor" is not null));--> statement-breakpoint
ALTER TABLE "support_entries" ADD CONSTRAINT "support_pass_through" CHECK ("support_entries"."pass_through_of_entry_id" is null or ("support_entries"."funding_source" = 'member' and "support_entries"."pass_through_of_entry_id" <> "support_entries"."id"));--> statement-breakpoint
INSERT INTO "installation_settings" ("id") VALUES (true) ON CONFLICT DO NOTHING;
