CREATE TABLE "scheme_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid NOT NULL,
	"format" "import_format" NOT NULL,
	"row_count" integer NOT NULL,
	"report" jsonb NOT NULL,
	"created_by_id" uuid NOT NULL,
	"applied_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"country_code" char(2) NOT NULL
);
--> statement-breakpoint
ALTER TABLE "scheme_imports" ADD CONSTRAINT "scheme_imports_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheme_imports" ADD CONSTRAINT "scheme_imports_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheme_imports" ADD CONSTRAINT "scheme_imports_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scheme_imports_created_by_id_created_at_index" ON "scheme_imports" USING btree ("created_by_id","created_at");