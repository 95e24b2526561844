/**
 * Entry of commands.html, the manifest's FunctionFile. The ribbon's only button opens the task
 * pane through the manifest (ShowTaskpane), so there is no function command to register: Office
 * only needs the page to initialize Office.js.
 */
Office.onReady(() => {
  // Nothing to do: a function command would be registered here with Office.actions.associate.
});
