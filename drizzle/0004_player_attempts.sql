CREATE INDEX "attempts_user" ON "attempts" USING btree ("user_id","quiz_id");--> statement-breakpoint
CREATE INDEX "attempts_guest" ON "attempts" USING btree ("guest_id","quiz_id");