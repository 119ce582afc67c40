CREATE TYPE "public"."import_format" AS ENUM('csv', 'xlsx');--> statement-breakpoint
CREATE TABLE "support_imports" (
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
DROP INDEX "support_entries_agency_id_reference_index";--> statement-breakpoint
ALTER TABLE "support_entries" ALTER COLUMN "reference" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "support_entries" ADD COLUMN "withdrawal_reason" text;--> statement-breakpoint
ALTER TABLE "support_needs" ADD COLUMN "deleted_by_id" uuid;--> statement-breakpoint
ALTER TABLE "support_transactions" ADD COLUMN "deleted_by_id" uuid;--> statement-breakpoint
ALTER TABLE "support_imports" ADD CONSTRAINT "support_imports_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_imports" ADD CONSTRAINT "support_imports_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "support_imports_created_by_id_created_at_index" ON "support_imports" USING btree ("created_by_id","created_at");--> statement-breakpoint
ALTER TABLE "support_needs" ADD CONSTRAINT "support_needs_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_transactions" ADD CONSTRAINT "support_transactions_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "need_support_links_support_entry_id_index" ON "need_support_links" USING btree ("support_entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "support_entries_agency_id_reference_index" ON "support_entries" USING btree ("agency_id","reference");