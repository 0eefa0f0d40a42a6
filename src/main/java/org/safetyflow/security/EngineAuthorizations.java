package org.safetyflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The engine side of the access matrix (the engine's authorizations are on: application.yaml):
 * <ul>
 * <li>A task's candidate group gets the engine's default task permissions on that task, unless the
 * group follows the task's process (then it holds them for the whole process already). Those per-task
 * rows are redundant, and they are what makes Tasklist's authorized task count slow: one row per open
 * task per group, joined against every task.</li>
 * <li>The enterprise a case names reads that case and its history, where the matrix says so.</li>
 * <li>What the route policy checked itself runs without the engine permission roles do not hold
 * ({@link TrustedCommands}).</li>
 * <li>Deployments made by a signed-in user run no scripts and no Java classes ({@link DeploymentContents}).</li>
 * </ul>
 */
@Component
class EngineAuthorizations extends AbstractProcessEnginePlugin {

    private final AccessMatrix matrix;

    EngineAuthorizations(AccessMatrix matrix) {
        this.matrix = matrix;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new RoleTaskPermissions(matrix));
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new TrustedCommands.Interceptor());
        if (configuration.getCustomPreDeployers() == null) {
            configuration.setCustomPreDeployers(new ArrayList<>());
        }
        configuration.getCustomPreDeployers().add(new DeploymentContents());
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                matrix.of(processDefinition.getKey()).filter(AccessMatrix.ProcessAccess::enterprisePartyReads)
                        .ifPresent(access -> processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                                (ExecutionListener) EngineAuthorizations::letTheEnterpriseReadItsCase));
            }
        });
    }

    private static void letTheEnterpriseReadItsCase(DelegateExecution execution) {
        if (!execution.getId().equals(execution.getProcessInstanceId())
                || !(execution.getVariable("enterpriseGroup") instanceof String group)) {
            return;
        }
        AuthorizationService authorizations = execution.getProcessEngineServices().getAuthorizationService();
        SystemActions.inThisCommand(() -> {
            Map<Resources, Permission> reads = Map.of(Resources.PROCESS_INSTANCE, ProcessInstancePermissions.READ,
                    Resources.HISTORIC_PROCESS_INSTANCE, HistoricProcessInstancePermissions.READ);
            reads.forEach((resource, read) -> {
                Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                grant.setGroupId(group);
                grant.setResource(resource);
                grant.setResourceId(execution.getProcessInstanceId());
                grant.addPermission(read);
                authorizations.saveAuthorization(grant);
            });
        });
    }

    /** The engine's default task permissions, minus the rows a process-wide grant already covers. */
    static final class RoleTaskPermissions extends DefaultAuthorizationProvider {

        private final AccessMatrix matrix;

        RoleTaskPermissions(AccessMatrix matrix) {
            this.matrix = matrix;
        }

        @Override
        public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
            if (task.getProcessDefinitionId() != null) {
                String key = Context.getProcessEngineConfiguration().getDeploymentCache()
                        .findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getKey();
                if (matrix.of(key).map(process -> process.isFollowedBy(groupId)).orElse(false)) {
                    return new AuthorizationEntity[0];
                }
            }
            return super.newTaskGroupIdentityLink(task, groupId, type);
        }
    }
}
