/** NHS blue, the header's colour: the browser's and the installed app's theme colour. */
export const NHS_BLUE = "#005eb8";
