import {
  SchedulerService,
  SchedulerServiceTaskInvocationDefinition,
} from '@backstage/backend-plugin-api';

/** A scheduler whose tasks run only when the test says so. */
export function manualScheduler() {
  const tasks: SchedulerServiceTaskInvocationDefinition[] = [];
  const createScheduledTaskRunner = jest.fn(() => ({
    run: async (task: SchedulerServiceTaskInvocationDefinition) => {
      tasks.push(task);
    },
  }));
  return {
    scheduler: { createScheduledTaskRunner } as unknown as SchedulerService,
    createScheduledTaskRunner,
    tasks,
    /** Runs every scheduled task once, in order. */
    async runAll() {
      for (const task of tasks) await task.fn(new AbortController().signal);
    },
  };
}
