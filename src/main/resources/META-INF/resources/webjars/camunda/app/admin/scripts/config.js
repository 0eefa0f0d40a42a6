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

// SafetyFlow: Chinese first when the browser asks for it (zh-CN -> "zh"), English as the fallback.
export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  // The app's name in its header, login page and browser tab, as the welcome page names it.
  app: {
    name: '系统管理',
    // The header, login page and browser tab read "SafetyFlow 系统管理", not "Camunda …" (issue 18).
    vendor: 'SafetyFlow'
  },
  // Group types by their Chinese names, and 姓 asked before 名 in the user forms (no setting exists for either).
  customScripts: ['scripts/safetyflow-admin-zh']
};
