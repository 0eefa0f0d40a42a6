/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // SafetyFlow: Chinese first when the browser asks for it (zh-CN -> "zh"), English as the fallback.
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  // The app's name in its header, login page and browser tab, as the welcome page names it.
  app: {
    name: '任务列表',
    // The header, login page and browser tab read "SafetyFlow 任务列表", not "Camunda …" (issue 18).
    vendor: 'SafetyFlow'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  // Comments on tasks are the approvers' 审批意见; linking them to the case keeps them in the case history.
  assignProcessInstanceIdToTaskComment: true,
  // Chinese for the built-in messages of Camunda Forms, which Tasklist's locale files do not reach,
  // and for their date picker (Monday first); the task list sorted by due date unless the user picks another order;
  // the approver's operations (办理操作 tab) and the notification bell (safetyflow-inbox, docs/inbox.md); the case's
  // enterprise and number in the task's header (safetyflow-enterprise); the case's 文书 to print (文书 tab,
  // safetyflow-documents, docs/documents.md).
  customScripts: ['scripts/safetyflow-form-zh', 'scripts/safetyflow-dates-zh', 'scripts/safetyflow-case-number',
    'scripts/safetyflow-jurisdictions', 'scripts/safetyflow-datepicker-zh', 'scripts/safetyflow-due-first',
    'scripts/safetyflow-inbox', 'scripts/safetyflow-enterprise', 'scripts/safetyflow-documents'],
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  // Keyboard shortcuts, described in Chinese (the 键盘快捷键 dialog shows these texts as they are).
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '焦点移到第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '焦点移到列表中的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '焦点移到任务表单的第一个输入项'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“启动流程”对话框'
    }
  }
};
