/** The project config file, read by the extension and the CLI alike. */
export const CONFIG_FILE_NAME = '.backlog-lens.json';

const EXTENSIONS = '{md,markdown,txt}';
/** Words that name a planning document. They must start the file name or follow `-`, `_`, `.` or a space, so `history.md` is not a story. */
const NAME_WORDS = '{backlog,roadmap,prd,vision,strategy,goal,sprint,story,stories,epic,brief,okr,requirement,plan}';
/** Folders whose documents are all planning documents. */
const FOLDER_WORDS = '{backlog,backlogs,roadmap,roadmaps,planning,plans,sprints,stories,epics,prds,okrs,requirements,strategy}';

export const DEFAULT_INCLUDE: readonly string[] = Object.freeze([
  `**/{,*[-_. ]}${NAME_WORDS}*.${EXTENSIONS}`,
  `**/${FOLDER_WORDS}/**/*.${EXTENSIONS}`,
]);

export const DEFAULT_EXCLUDE: readonly string[] = Object.freeze([
  '**/node_modules/**',
  '**/.git/**',
  '**/{dist,out,vendor,coverage}/**',
  '**/{changelog,history,license,code_of_conduct}*',
  '**/requirements*.txt', // Python dependency lists
]);

export const DEFAULT_MAX_DOCUMENT_SIZE = 1_000_000;
export const MAX_TERMS = 500;
/** Globs per include or exclude list. */
export const MAX_GLOBS = 100;
export const MAX_TERM_LENGTH = 100;
/** A project config is a few lines; a larger file is not read (a link to `/dev/zero` would never end). */
export const MAX_CONFIG_BYTES = 1_000_000;
