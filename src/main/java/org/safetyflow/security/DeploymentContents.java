package org.safetyflow.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A deployment made by a signed-in user (REST, Cockpit) may not carry code: no script task, no script
 * listener or input/output script, no Java class ({@code camunda:class} and its kin), no scripting
 * language in a DMN table, and no script file. SafetyFlow's own models under {@code processes/} are
 * deployed at start-up by the application, with nobody signed in, and need none of it; so even an
 * administrator's mistake cannot make the server run arbitrary code through a model. A model or form that is not
 * XML or JSON, or nests deeper than {@value #MAX_DEPTH} levels, is refused as well (400, nothing deployed).
 */
final class DeploymentContents implements Deployer {

    /** How deep a model's elements or a form's components may nest: far beyond any real model, far below a stack's limit. */
    static final int MAX_DEPTH = 200;
    private static final ObjectMapper FORM_READER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build());
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/";
    private static final Set<String> SCRIPT_FILES = Set.of(".js", ".groovy", ".py", ".rb", ".jar", ".class");
    private static final Set<String> SAFE_EXPRESSION_LANGUAGES = Set.of("feel", "juel", "feel-scala",
            "https://www.omg.org/spec/dmn/20191111/feel/", "http://www.omg.org/spec/feel/20140401");

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew() || Context.getCommandContext().getAuthenticatedUserId() == null) {
            return;
        }
        for (ResourceEntity resource : deployment.getResources().values()) {
            String refusal = refusal(resource.getName(), resource.getBytes());
            if (refusal != null) {
                throw new BadUserRequestException("部署被拒绝：资源「" + resource.getName() + "」" + refusal
                        + "。通过接口部署的模型不得包含脚本或 Java 类。");
            }
        }
    }

    /** Why this resource may not be deployed by a user, or null when it may. */
    static String refusal(String name, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (SCRIPT_FILES.stream().anyMatch(lower::endsWith)) {
            return "是脚本或程序文件";
        }
        if (lower.endsWith(".form")) {
            return formRefusal(bytes);
        }
        if (!lower.endsWith(".bpmn") && !lower.endsWith(".bpmn20.xml") && !lower.endsWith(".dmn")
                && !lower.endsWith(".dmn11.xml") && !lower.endsWith(".xml") && !lower.endsWith(".cmmn")) {
            return null;
        }
        Document document = parse(bytes);
        if (document == null) {
            return "不是有效的 XML";
        }
        return refusal(document.getDocumentElement(), 1);
    }

    /** A Camunda Form must be a JSON object of reasonable depth (the engine's own reader recurses without a limit). */
    private static String formRefusal(byte[] bytes) {
        try {
            JsonNode form = FORM_READER.readTree(bytes);
            return form != null && form.isObject() ? null : "不是有效的表单（应为 JSON 对象）";
        } catch (StreamConstraintsException tooDeep) {
            return "嵌套过深（最多 " + MAX_DEPTH + " 层）";
        } catch (IOException notJson) {
            return "不是有效的表单 JSON";
        }
    }

    private static String refusal(Element element, int depth) {
        if (depth > MAX_DEPTH) {
            return "嵌套过深（最多 " + MAX_DEPTH + " 层）";
        }
        String local = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
        String namespace = element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
        if ("scriptTask".equals(local)) {
            return "含有脚本任务（scriptTask）";
        }
        if ("script".equals(local) && namespace.startsWith(CAMUNDA_NS)) {
            return "含有脚本（camunda:script）";
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            String attributeNamespace = attribute.getNamespaceURI() == null ? "" : attribute.getNamespaceURI();
            if (attributeNamespace.startsWith(CAMUNDA_NS) && (name.equals("class") || name.endsWith("Class"))) {
                return "指定了 Java 类（" + attribute.getName() + "）";
            }
            if ((name.equals("expressionLanguage") || name.equals("scriptFormat"))
                    && !SAFE_EXPRESSION_LANGUAGES.contains(attribute.getValue().strip().toLowerCase(Locale.ROOT))) {
                return "使用了脚本语言（" + attribute.getValue() + "）";
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                String refusal = refusal(childElement, depth + 1);
                if (refusal != null) {
                    return refusal;
                }
            }
        }
        return null;
    }

    private static Document parse(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (Exception notXml) {
            return null;
        }
    }
}
