package dev.breakwater.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entity that names a column the schema does not have: the schema check must notice. */
@Entity
@Table(name = "job_lock")
public class MismatchedJobLock {
  @Id
  @Column(name = "job_name")
  String jobName;

  @Column(name = "no_such_column")
  String missing;
}
