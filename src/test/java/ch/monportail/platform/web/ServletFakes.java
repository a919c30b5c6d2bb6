package ch.monportail.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small hand-made fakes of the servlet API for filter unit tests (no mocking library here). */
final class ServletFakes {

    private ServletFakes() {}

    /** A GET or POST of {@code path} under context {@code /}; secure or not, with parameters. */
    static HttpServletRequest request(
            String path, boolean secure, Map<String, String> headers, Map<String, String> params) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        return (HttpServletRequest)
                Proxy.newProxyInstance(
                        ServletFakes.class.getClassLoader(),
                        new Class<?>[] {HttpServletRequest.class},
                        (proxy, method, args) ->
                                switch (method.getName()) {
                                    case "getRequestURI" -> path;
                                    case "getContextPath" -> "";
                                    case "isSecure" -> secure;
                                    case "getHeader" -> headers.get((String) args[0]);
                                    case "getParameter" -> params.get((String) args[0]);
                                    case "getParameterValues" ->
                                            params.containsKey((String) args[0])
                                                    ? new String[] {params.get((String) args[0])}
                                                    : null;
                                    case "getParameterMap" -> {
                                        Map<String, String[]> map = new LinkedHashMap<>();
                                        params.forEach((k, v) -> map.put(k, new String[] {v}));
                                        yield map;
                                    }
                                    case "getParameterNames" ->
                                            Collections.enumeration(params.keySet());
                                    case "getAttribute" -> attributes.get((String) args[0]);
                                    case "setAttribute" ->
                                            attributes.put((String) args[0], args[1]);
                                    case "toString" -> "fake request " + path;
                                    default -> null;
                                });
    }

    /** A response that records its headers; {@code setHeader} replaces, {@code addHeader} adds. */
    static final class Headers {
        final Map<String, List<String>> values = new LinkedHashMap<>();
        final java.io.StringWriter body = new java.io.StringWriter();
        int status = 200;

        HttpServletResponse response() {
            return (HttpServletResponse)
                    Proxy.newProxyInstance(
                            ServletFakes.class.getClassLoader(),
                            new Class<?>[] {HttpServletResponse.class},
                            (proxy, method, args) -> {
                                switch (method.getName()) {
                                    case "setHeader" ->
                                            values.put(
                                                    (String) args[0],
                                                    new ArrayList<>(List.of((String) args[1])));
                                    case "addHeader" ->
                                            values.computeIfAbsent(
                                                            (String) args[0],
                                                            k -> new ArrayList<>())
                                                    .add((String) args[1]);
                                    case "containsHeader" -> {
                                        return values.containsKey((String) args[0]);
                                    }
                                    case "setStatus" -> status = (Integer) args[0];
                                    case "getWriter" -> {
                                        return new java.io.PrintWriter(body, true);
                                    }
                                    default -> {}
                                }
                                return null;
                            });
        }

        String one(String name) {
            List<String> list = values.get(name);
            return list == null ? null : String.join(", ", list);
        }
    }

    /** A chain that remembers the request it was called with. */
    static final class Chain implements FilterChain {
        ServletRequest passed;

        @Override
        public void doFilter(ServletRequest request, jakarta.servlet.ServletResponse response) {
            passed = request;
        }
    }
}
