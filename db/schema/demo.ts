/** The demonstration dataset's marker: the people it invented. Every demo record is written by one of them. */
import { pgTable, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { createdAt } from "./common";

/** The people the demo generator made; while any is here, Socle shows the "Demonstration data" banner (decision 2320). */
export const demoPeople = pgTable("demo_people", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  createdAt: createdAt(),
});
