ALTER TABLE "answers" ADD COLUMN "confidence" text;--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "weighted_points" integer;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "confidence_marks" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "attempts" ADD COLUMN "weighted_score" integer;--> statement-breakpoint
CREATE INDEX "assignments_class" ON "assignments" USING btree ("class_id","opens_at");--> statement-breakpoint
CREATE INDEX "attempts_student" ON "attempts" USING btree ("student_id","submitted_at");